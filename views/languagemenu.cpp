#include "languagemenu.h"

#include <QActionGroup>
#include <QLocale>

#include <algorithm>

namespace {

// The language's own name, capitalised for a menu ("français" -> "Français"); English without
// a country ("American English" is what Qt calls it).
QString nativeName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
}

void LanguageMenu::setLanguages(const QStringList &codes, const QString &current)
{
    clear();
    for (QAction *action : m_group->actions())
        m_group->removeAction(action);
    addChoice(tr("&System Default"), QString());
    addSeparator();
    for (const QString &code : codes)
        addChoice(nativeName(code), code);
    const QList<QAction *> choices = m_group->actions();
    auto checked = std::find_if(choices.begin(), choices.end(),
                                [&current](const QAction *a) { return a->data().toString() == current; });
    (checked != choices.end() ? *checked : choices.first())->setChecked(true);
}

QString LanguageMenu::currentLanguage() const
{
    const QAction *checked = m_group->checkedAction();
    return checked != nullptr ? checked->data().toString() : QString();
}

QAction *LanguageMenu::addChoice(const QString &text, const QString &code)
{
    QAction *action = addAction(text);
    action->setCheckable(true);
    action->setData(code);
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, code] { Q_EMIT languageRequested(code); });
    return action;
}
