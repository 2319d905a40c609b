#pragma once

// Every dialog of the window, in each state worth looking at, built offscreen over the window's
// models with sample data: the profile dialog, the aggregate editor, the bulk edit's choose and
// review pages, the conflict prompt, the drift repair preview, the bulk edit undo preview, the
// Nova route question, the secret prompt and the shortcuts overview. The tests that read what a dialog shows (its
// translation, its accessibility) take the same tour.

#include <QString>

#include <functional>

class AppModels;
class MainWindow;
class QDialog;

namespace DialogTour {

// Shows each dialog (a child of `window`), waits until it is exposed, and calls `visit` with it
// and the state's name; the dialog is gone after `visit` returns. Stops early when a QtTest
// check failed in `visit`.
void visitEach(AppModels *models, MainWindow *window, const std::function<void(QDialog *, const QString &)> &visit);

} // namespace DialogTour
