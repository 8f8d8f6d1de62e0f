#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

// Installs the console's own messages and Qt's (standard dialogs, QCommandLineParser's --help) for
// one locale on the running application, for as long as it lives: create it in main() right after
// the application object. Picks nothing by itself; configuredLocale() says which locale to use.
class Translator final
{
public:
    explicit Translator(const QLocale &locale);
    ~Translator();
    Q_DISABLE_COPY_MOVE(Translator)

    // True when a translation of the console's messages was found for the locale (English, the
    // source language, has none).
    bool hasMessages() const;

    // The language setting (QSettings key ui/language) meaning "follow the system locale".
    static QString systemLanguage();
    // What the setting may hold besides "system": "en" and every language we ship a .qm for.
    static QStringList availableLanguages();
    // The setting's value; "system" when unset or not one of availableLanguages().
    static QString languageSetting();
    // Takes effect at the next start.
    static void setLanguageSetting(const QString &language);
    // The locale the GUI should use: the setting's language, or the system's.
    static QLocale configuredLocale();

private:
    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
};
