#pragma once

// "Compare with snapshot…" in the window: asks for a JSON export, compares it with the
// providers loaded now (the same comparison as `--diff OLD`), shows the differences on the
// snapshot page, narrows the provider table to the providers that differ when asked, and
// compares again after every completed refresh while a comparison is open.

#include <QObject>
#include <QString>

#include <optional>

#include "snapshot.h"

class AppController;
class MainWindow;

class SnapshotCompareController : public QObject
{
    Q_OBJECT
public:
    SnapshotCompareController(AppController *app, MainWindow *window, QObject *parent = nullptr);

    // Compares with this file (what the file dialog's answer leads to; tests call it directly).
    void compareWith(const QString &path);

private:
    void askForFile();
    void compareAgain();
    void restrictTable(const QStringList &uuids);
    void unrestrictTable();

    AppController *m_app;
    MainWindow *m_window;
    QString m_path;
    std::optional<Snapshot> m_snapshot;
};
