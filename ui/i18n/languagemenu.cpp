#include "i18n/languagemenu.h"

#include "i18n/translator.h"

#include <QActionGroup>

namespace {

QString nativeName(const QString &language)
{
    const QLocale locale(language);
    // Qt names "en" "American English"; the console's English is not tied to one country.
    return locale.language() == QLocale::English ? QStringLiteral("English") : locale.nativeLanguageName();
}

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = Translator::languageSetting();
    addLanguage(Translator::systemLanguage(), tr("&System Language"), current);
    addSeparator();
    for (const QString &language : Translator::availableLanguages()) {
        addLanguage(language, nativeName(language), current);
    }
    addSeparator();
    QAction *note = addAction(tr("Applies the next time the console starts"));
    note->setEnabled(false);
}

void LanguageMenu::addLanguage(const QString &language, const QString &label, const QString &current)
{
    QAction *action = addAction(label);
    action->setCheckable(true);
    action->setChecked(language == current);
    action->setData(language);
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [language] { Translator::setLanguageSetting(language); });
}
