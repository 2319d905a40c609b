// The window and every dialog in German and French (offscreen): the catalogues load, Qt's own
// strings (dialog buttons) are translated too, no English is left in menus, toolbars, buttons,
// labels, tabs, headers and tooltips, and no two entries of one menu, menu bar or dialog share
// a keyboard accelerator (checked in English too).

#include "appmodels.h"
#include "apptranslations.h"
#include "dialogtour.h"
#include "languagemenu.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QXmlStreamReader>

#include <functional>
#include <map>
#include <memory>

namespace {

// A visible string and where it was found, for the failure message.
struct Shown
{
    QString text;
    QString where;
};

// What a catalogue says: English source texts whose translation differs from them (what must
// not be on screen once it is loaded), and every translation (German "Aggregate" is the plural
// of "Aggregat", not English left over).
struct Catalogue
{
    QSet<QString> english;
    QSet<QString> translated;
};

QString normalised(QString text);

Catalogue readCatalogue(const QString &tsFile)
{
    Catalogue catalogue;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (translation.isEmpty())
                continue;
            catalogue.translated.insert(normalised(translation));
            if (translation != source && !source.contains(QLatin1Char('%')))
                catalogue.english.insert(normalised(source));
        }
    }
    return catalogue;
}

QString normalised(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.trimmed();
}

// Words no German or French UI text contains; proper nouns and identifiers are not here.
const QStringList englishWords
    = { QStringLiteral("the"),      QStringLiteral("and"),     QStringLiteral("with"),   QStringLiteral("from"),
        QStringLiteral("this"),     QStringLiteral("that"),    QStringLiteral("is"),     QStringLiteral("are"),
        QStringLiteral("not"),      QStringLiteral("Cancel"),  QStringLiteral("Close"),  QStringLiteral("Save"),
        QStringLiteral("Apply"),    QStringLiteral("Open"),    QStringLiteral("File"),   QStringLiteral("Edit"),
        QStringLiteral("View"),     QStringLiteral("Help"),    QStringLiteral("Quit"),   QStringLiteral("Refresh"),
        QStringLiteral("Copy"),     QStringLiteral("Delete"),  QStringLiteral("Remove"), QStringLiteral("Add"),
        QStringLiteral("Settings"), QStringLiteral("Loading"), QStringLiteral("Select"), QStringLiteral("Show"),
        QStringLiteral("Yes"),      QStringLiteral("No"),      QStringLiteral("of"),     QStringLiteral("to") };

// Identifiers and names that are the same in every language.
bool allowed(const QString &text)
{
    static const QRegularExpression identifiers(
        QStringLiteral("^([0-9a-f-]{8,}|[A-Z_]+|[\\d\\s.,:/%()+–—·-]*|Ctrl\\+.*|F\\d+|Esc|UUID|URL|Nova|Placement|"
                       "Keystone|OpenStack|Placement Inspector|English|Deutsch|Français|VCPU|TB|GB|TiB|GiB|MiB)$"));
    return text.isEmpty() || identifiers.match(text).hasMatch();
}

// Duplicate accelerators among these texts, as "x: A, B".
QStringList clashes(const QStringList &texts)
{
    std::map<QString, QStringList> byLetter;
    for (const QString &text : texts) {
        // Qt's own reading of "&File" (Alt+F), the one its shortcut map uses.
        const QString letter = QKeySequence::mnemonic(text).toString();
        if (!letter.isEmpty())
            byLetter[letter] << text;
    }
    QStringList result;
    for (const auto &[letter, owners] : byLetter) {
        if (owners.size() > 1)
            result << QStringLiteral("%1: %2").arg(letter, owners.join(QStringLiteral(", ")));
    }
    return result;
}

void addActionTexts(const QList<QAction *> &actions, const QString &where, QList<Shown> &shown)
{
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        shown.append({ action->text(), where });
        if (action->toolTip() != action->text() && action->toolTip() != normalised(action->text()))
            shown.append({ action->toolTip(), where + QStringLiteral(" tooltip") });
        if (action->menu() != nullptr)
            addActionTexts(action->menu()->actions(), where + QStringLiteral(" › ") + action->text(), shown);
    }
}

// Everything a reader sees in this window: texts, titles, tooltips, headers, placeholders.
QList<Shown> shownTexts(QWidget *window)
{
    QList<Shown> shown;
    const QString name = QString::fromLatin1(window->metaObject()->className());
    shown.append({ window->windowTitle(), name + QStringLiteral(" title") });
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        const QString where = name + QStringLiteral(" / ") + QString::fromLatin1(w->metaObject()->className());
        if (!w->toolTip().isEmpty())
            shown.append({ w->toolTip(), where + QStringLiteral(" tooltip") });
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            shown.append({ button->text(), where });
        else if (auto *label = qobject_cast<QLabel *>(w))
            shown.append({ label->text(), where });
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            shown.append({ box->title(), where });
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            shown.append({ edit->placeholderText(), where + QStringLiteral(" placeholder") });
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                shown.append({ tabs->tabText(i), where });
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                shown.append({ combo->itemText(i), where });
        } else if (auto *dock = qobject_cast<QDockWidget *>(w))
            shown.append({ dock->windowTitle(), where });
        else if (auto *toolbar = qobject_cast<QToolBar *>(w))
            shown.append({ toolbar->windowTitle(), where });
        else if (auto *bar = qobject_cast<QMenuBar *>(w))
            addActionTexts(bar->actions(), QStringLiteral("menu"), shown);
        else if (auto *view = qobject_cast<QAbstractItemView *>(w); view != nullptr && view->model() != nullptr) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                shown.append({ model->headerData(c, Qt::Horizontal).toString(), where + QStringLiteral(" header") });
        }
    }
    return shown;
}

QStringList leftovers(const QList<Shown> &shown, const Catalogue &catalogue)
{
    QStringList found;
    for (const Shown &s : shown) {
        for (const QString &line : normalised(s.text).split(QLatin1Char('\n'))) {
            const QString text = line.trimmed();
            if (allowed(text) || catalogue.translated.contains(text))
                continue;
            QString word;
            for (const QString &w : englishWords) {
                const QRegularExpression re(QStringLiteral("(^|[^\\w])%1([^\\w]|$)").arg(w));
                if (re.match(text).hasMatch()) {
                    word = w;
                    break;
                }
            }
            if (catalogue.english.contains(text) || !word.isEmpty())
                found << QStringLiteral("%1: \"%2\"%3")
                             .arg(s.where, text, word.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(word));
        }
    }
    found.removeDuplicates();
    return found;
}

// Accelerator clashes among the widgets of a window that a reader can reach at once.
QStringList widgetClashes(QWidget *window)
{
    QStringList texts;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label != nullptr && label->buddy() != nullptr)
            texts << label->text();
        else if (auto *box = qobject_cast<QGroupBox *>(w); box != nullptr && box->isCheckable())
            texts << box->title();
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (const QAction *a : bar->actions())
                texts << a->text();
        }
    }
    return clashes(texts);
}

QStringList menuClashes(const QMenuBar *bar)
{
    QStringList found;
    std::function<void(const QMenu *)> visit = [&](const QMenu *menu) {
        QStringList texts;
        for (const QAction *a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            texts << a->text();
            if (a->menu() != nullptr)
                visit(a->menu());
        }
        for (const QString &c : clashes(texts))
            found << normalised(menu->title()) + QStringLiteral(" menu, ") + c;
    };
    QStringList titles;
    for (const QAction *a : bar->actions()) {
        titles << a->text();
        if (a->menu() != nullptr)
            visit(a->menu());
    }
    for (const QString &c : clashes(titles))
        found << QStringLiteral("menu bar, ") + c;
    return found;
}

} // namespace

class TestTranslationsGui : public QObject
{
    Q_OBJECT

    AppTranslations m_translations;
    std::unique_ptr<AppModels> m_models;
    std::unique_ptr<MainWindow> m_window;
    Catalogue m_catalogue;
    QString m_language;

    void load(const QString &language)
    {
        if (m_language == language)
            return;
        m_window.reset();
        m_models.reset();
        m_translations.load(QLocale(language));
        m_language = language;
        m_catalogue = language == QLatin1String("en")
            ? Catalogue()
            : readCatalogue(QStringLiteral(PI_TRANSLATIONS_DIR "/placement-inspector_%1.ts").arg(language));
        m_models = std::make_unique<AppModels>();
        m_window = std::make_unique<MainWindow>(m_models->forWindow());
        m_window->setLanguages(AppTranslations::availableLanguages(), {});
        m_window->resize(1400, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void addLanguageRows(bool withEnglish)
    {
        QTest::addColumn<QString>("language");
        if (withEnglish)
            QTest::addRow("en") << QStringLiteral("en");
        QTest::addRow("de") << QStringLiteral("de");
        QTest::addRow("fr") << QStringLiteral("fr");
    }

    // Checks a shown dialog for English leftovers and accelerator clashes.
    void checkDialog(QDialog *dialog, const QString &state)
    {
        const QStringList clashing = widgetClashes(dialog);
        QVERIFY2(clashing.isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2): %3")
                                .arg(QString::fromLatin1(dialog->metaObject()->className()), state,
                                     clashing.join(QStringLiteral("; ")))));
        if (m_language != QLatin1String("en")) {
            const QStringList found = leftovers(shownTexts(dialog), m_catalogue);
            QVERIFY2(found.isEmpty(), qPrintable(state + QStringLiteral(": ") + found.join(QStringLiteral("\n"))));
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cataloguesLoad_data() { addLanguageRows(true); }
    void cataloguesLoad()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::availableLanguages().contains(language));
        load(language);
        QCOMPARE(m_translations.language(), language);
        if (language == QLatin1String("en")) {
            // English has only plural forms: "%n provider(s)" reads right.
            QCOMPARE(QCoreApplication::translate("DriftRepairDialog", "%n provider(s)", nullptr, 1),
                     QStringLiteral("1 provider"));
            QCOMPARE(QCoreApplication::translate("DriftRepairDialog", "%n provider(s)", nullptr, 3),
                     QStringLiteral("3 providers"));
            return;
        }
        // Qt's own strings (Debian's qt6-translations-l10n): the buttons of every dialog box.
        QVERIFY2(m_translations.qtCatalogueLoaded(), "qtbase catalogue missing (qt6-translations-l10n)");
        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QVERIFY(box.button(QDialogButtonBox::Cancel)->text() != QLatin1String("Cancel"));
        QVERIFY(box.button(QDialogButtonBox::Close)->text() != QLatin1String("Close"));
        QCOMPARE(QLocale().language(), QLocale(language).language());
    }

    void languageMenuOffersEveryCatalogue()
    {
        load(QStringLiteral("de"));
        LanguageMenu *menu = m_window->languageMenu();
        QStringList entries;
        for (const QAction *a : menu->actions()) {
            if (!a->isSeparator())
                entries << a->text();
        }
        QCOMPARE(entries.mid(1),
                 (QStringList { QStringLiteral("Deutsch"), QStringLiteral("English"), QStringLiteral("Français") }));
        QCOMPARE(menu->currentLanguage(), QString());
        QSignalSpy requested(m_window.get(), &MainWindow::languageRequested);
        menu->actions().at(4)->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("fr"));
        m_window->setLanguages(AppTranslations::availableLanguages(), QStringLiteral("en"));
        QCOMPARE(menu->currentLanguage(), QStringLiteral("en"));
    }

    void savedLanguageWinsOverTheSystem()
    {
        AppTranslations::saveLanguage(QStringLiteral("fr"));
        QCOMPARE(AppTranslations::savedLanguage(), QStringLiteral("fr"));
        QCOMPARE(AppTranslations::chosenLocale().language(), QLocale::French);
        AppTranslations::saveLanguage(QStringLiteral("xx")); // no such catalogue: the system's
        QCOMPARE(AppTranslations::savedLanguage(), QString());
        QCOMPARE(AppTranslations::chosenLocale(), QLocale::system());
        AppTranslations::saveLanguage({});
        QCOMPARE(AppTranslations::savedLanguage(), QString());
    }

    void mainWindowHasNoEnglishLeft_data() { addLanguageRows(false); }
    void mainWindowHasNoEnglishLeft()
    {
        QFETCH(QString, language);
        load(language);
        QVERIFY(!m_catalogue.english.isEmpty());
        for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
            m_window->tabs()->setCurrentIndex(tab);
            const QStringList found = leftovers(shownTexts(m_window.get()), m_catalogue);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        }
        m_window->tabs()->setCurrentIndex(0);
    }

    void acceleratorsDoNotClash_data() { addLanguageRows(true); }
    void acceleratorsDoNotClash()
    {
        QFETCH(QString, language);
        load(language);
        // The check reads accelerators at all (Qt turns them off on some platforms).
        QVERIFY(!QKeySequence::mnemonic(m_window->menuBar()->actions().constFirst()->text()).isEmpty());
        const QStringList inMenus = menuClashes(m_window->menuBar());
        QVERIFY2(inMenus.isEmpty(), qPrintable(inMenus.join(QLatin1Char('\n'))));
        // Menu titles, tabs and the buttons of the shown page answer Alt+letter together.
        for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
            m_window->tabs()->setCurrentIndex(tab);
            const QStringList found = widgetClashes(m_window.get());
            QVERIFY2(
                found.isEmpty(),
                qPrintable(m_window->tabs()->tabText(tab) + QStringLiteral(": ") + found.join(QStringLiteral("; "))));
        }
        m_window->tabs()->setCurrentIndex(0);
    }

    void dialogsHaveNoEnglishLeft_data() { addLanguageRows(true); }
    void dialogsHaveNoEnglishLeft()
    {
        QFETCH(QString, language);
        load(language);
        DialogTour::visitEach(m_models.get(), m_window.get(),
                              [this](QDialog *dialog, const QString &state) { checkDialog(dialog, state); });
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_models.reset();
    }
};

QTEST_MAIN(TestTranslationsGui)
#include "tst_translations_gui.moc"
