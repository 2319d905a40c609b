#pragma once

// Settings → Language: "System Default" and one entry per catalogue, each in its own language
// ("Deutsch", "Français") so that a reader lost in a foreign UI finds theirs. Picking one only
// asks for it (languageRequested); the application saves the choice and says when it applies.

#include <QMenu>

class QActionGroup;

class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // codes: language codes ("de", "en", "fr"); current: the saved choice, empty for the system's.
    void setLanguages(const QStringList &codes, const QString &current);
    // The checked entry's code; empty for "System Default".
    QString currentLanguage() const;

Q_SIGNALS:
    void languageRequested(const QString &code);

private:
    QAction *addChoice(const QString &text, const QString &code);

    QActionGroup *m_group;
};
