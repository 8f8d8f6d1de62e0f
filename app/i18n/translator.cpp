#include "i18n/translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>

namespace {

const QString languageKey = QStringLiteral("ui/language");
// qt_add_translations embeds chat-profile-console_<language>.qm under this prefix.
const QString resourceDir = QStringLiteral(":/i18n");
const QString catalogue = QStringLiteral("chat-profile-console");

} // namespace

Translator::Translator(const QLocale &locale)
{
    // Installed last is searched first: ours wins over Qt's where both know a string.
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qtTranslator);
    }
    if (m_appTranslator.load(locale, catalogue, QStringLiteral("_"), resourceDir)) {
        QCoreApplication::installTranslator(&m_appTranslator);
    }
    // Numbers and dates follow the chosen language too, also when it overrides the system's.
    QLocale::setDefault(locale);
}

// QTranslator's destructor removes it from the application.
Translator::~Translator() = default;

bool Translator::hasMessages() const
{
    return !m_appTranslator.isEmpty();
}

QString Translator::systemLanguage()
{
    return QStringLiteral("system");
}

QStringList Translator::availableLanguages()
{
    // Listing the embedded catalogues keeps this in step with translations/ without a second list.
    QStringList languages { QStringLiteral("en") };
    const QString prefix = catalogue + QLatin1Char('_');
    const QStringList files = QDir(resourceDir).entryList({ prefix + QStringLiteral("*.qm") }, QDir::Files);
    for (const QString &file : files) {
        languages.append(file.mid(prefix.size()).chopped(3));
    }
    return languages;
}

QString Translator::languageSetting()
{
    const QString language = QSettings().value(languageKey).toString();
    return availableLanguages().contains(language) ? language : systemLanguage();
}

void Translator::setLanguageSetting(const QString &language)
{
    QSettings().setValue(languageKey, language);
}

QLocale Translator::configuredLocale()
{
    const QString language = languageSetting();
    return language == systemLanguage() ? QLocale::system() : QLocale(language);
}
