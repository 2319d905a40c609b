#include "apptranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>

#include <algorithm>

namespace {

const QString catalogueName = QStringLiteral("placement-inspector");
const QString settingsKey = QStringLiteral("ui/language");

// Installed catalogues first (a package may ship newer ones than the binary holds), then the
// ones compiled into the binary.
QStringList catalogueDirectories()
{
    return { QCoreApplication::applicationDirPath() + QStringLiteral("/../share/placement-inspector/translations"),
             QStringLiteral(":/i18n") };
}

} // namespace

AppTranslations::~AppTranslations()
{
    unload();
}

QStringList AppTranslations::availableLanguages()
{
    QStringList codes;
    const QString prefix = catalogueName + QLatin1Char('_');
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({ prefix + QStringLiteral("*.qm") });
    for (const QString &file : files)
        codes << file.mid(prefix.size()).chopped(3);
    codes.removeDuplicates();
    std::sort(codes.begin(), codes.end());
    return codes;
}

QString AppTranslations::savedLanguage()
{
    const QString code = QSettings().value(settingsKey).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void AppTranslations::saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, code);
}

QLocale AppTranslations::chosenLocale()
{
    const QString saved = savedLanguage();
    return saved.isEmpty() ? QLocale::system() : QLocale(saved);
}

void AppTranslations::load(const QLocale &locale)
{
    unload();
    if (loadApplicationCatalogue(locale) || loadApplicationCatalogue(QLocale(QLocale::English))) {
        QCoreApplication::installTranslator(&m_app);
        m_appInstalled = true;
    }
    // English needs no Qt catalogue; asking for one would find the system's language instead.
    if (m_language != QStringLiteral("en")
        && m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
        m_qtLoaded = true;
    }
    // Dates and numbers follow the chosen language (a no-op when it is the system's).
    QLocale::setDefault(locale);
}

bool AppTranslations::loadApplicationCatalogue(const QLocale &locale)
{
    const QStringList directories = catalogueDirectories();
    const bool found = std::any_of(directories.begin(), directories.end(), [&](const QString &dir) {
        return m_app.load(locale, catalogueName, QStringLiteral("_"), dir);
    });
    if (found) // placement-inspector_de.qm -> "de"
        m_language = QFileInfo(m_app.filePath()).completeBaseName().mid(catalogueName.size() + 1);
    return found;
}

void AppTranslations::unload()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = false;
    m_qtLoaded = false;
    m_language.clear();
}
