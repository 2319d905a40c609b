#pragma once

// The language the application speaks. The window: the user's choice (Settings → Language, kept
// in QSettings) or else the system locale; --help and the headless modes: the system locale.
// English is the fallback. load() installs the application's catalogue and Qt's own (dialog
// buttons, context menus, file dialogs) on the running application; a later load() replaces
// them.

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

class AppTranslations
{
public:
    AppTranslations() = default;
    ~AppTranslations();
    AppTranslations(const AppTranslations &) = delete;
    AppTranslations &operator=(const AppTranslations &) = delete;

    // Language codes with a catalogue ("de", "en", "fr"), sorted.
    static QStringList availableLanguages();

    // The saved choice: a code from availableLanguages(), or empty to follow the system.
    static QString savedLanguage();
    static void saveLanguage(const QString &code);
    // The saved choice if there is one, else the system locale.
    static QLocale chosenLocale();

    // Loads and installs the catalogues for this locale; an unknown language gets English.
    // Also makes the locale the default QLocale (dates and numbers follow the language).
    void load(const QLocale &locale);
    // The language the application catalogue speaks ("de", "fr", "en"; empty if none loaded).
    QString language() const { return m_language; }
    // Whether Qt's own catalogue was found for a non-English language (Debian's
    // qt6-translations-l10n); without it dialog buttons stay English.
    bool qtCatalogueLoaded() const { return m_qtLoaded; }

private:
    void unload();
    bool loadApplicationCatalogue(const QLocale &locale);

    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
    bool m_appInstalled = false;
    bool m_qtLoaded = false;
};
