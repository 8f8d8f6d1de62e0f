#include "i18n/translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void availableLanguagesListTheEmbeddedCatalogues();
    void languageSettingDefaultsToTheSystem();
    void languageSettingPicksTheLocale();
    void unknownLanguageSettingFallsBackToTheSystem();
    void englishNeedsNoCatalogue();
    void qtOwnMessagesFollowTheLocale();
    void keyMessagesAreTranslated_data();
    void keyMessagesAreTranslated();
};

namespace {

const char *qtContext = "QCommandLineParser";
const char *qtSource = "Displays version information.";

// What translations/<catalogue>.ts says context/source translates to; empty when not found.
QString translationInTsFile(const QString &language, const QString &context, const QString &source)
{
    QFile file(QStringLiteral(CPC_TRANSLATIONS_DIR "/chat-profile-console_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QXmlStreamReader xml(&file);
    QString currentContext;
    QString currentSource;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            currentContext = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            currentSource = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && currentContext == context
            && currentSource == source) {
            return xml.readElementText();
        }
    }
    return {};
}

} // namespace

void TestTranslator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("chat-profile-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translator"));
}

void TestTranslator::init()
{
    QSettings().clear();
}

void TestTranslator::availableLanguagesListTheEmbeddedCatalogues()
{
    QStringList languages = Translator::availableLanguages();
    languages.sort();
    QCOMPARE(languages, QStringList({ "en", "ja", "ko", "zh_CN" }));
}

void TestTranslator::languageSettingDefaultsToTheSystem()
{
    QCOMPARE(Translator::languageSetting(), Translator::systemLanguage());
    QCOMPARE(Translator::configuredLocale(), QLocale::system());
}

void TestTranslator::languageSettingPicksTheLocale()
{
    Translator::setLanguageSetting(QStringLiteral("ko"));
    QCOMPARE(QSettings().value("ui/language").toString(), QStringLiteral("ko"));
    QCOMPARE(Translator::languageSetting(), QStringLiteral("ko"));
    QCOMPARE(Translator::configuredLocale().language(), QLocale::Korean);

    Translator::setLanguageSetting(QStringLiteral("zh_CN"));
    QCOMPARE(Translator::configuredLocale().language(), QLocale::Chinese);
    QCOMPARE(Translator::configuredLocale().territory(), QLocale::China);
}

void TestTranslator::unknownLanguageSettingFallsBackToTheSystem()
{
    Translator::setLanguageSetting(QStringLiteral("fr"));
    QCOMPARE(Translator::languageSetting(), Translator::systemLanguage());
    QCOMPARE(Translator::configuredLocale(), QLocale::system());
}

void TestTranslator::englishNeedsNoCatalogue()
{
    const Translator translator(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(!translator.hasMessages());
    QCOMPARE(QCoreApplication::translate(qtContext, qtSource), QString::fromLatin1(qtSource));
}

void TestTranslator::qtOwnMessagesFollowTheLocale()
{
    {
        const Translator translator(QLocale(QLocale::Japanese, QLocale::Japan));
        // qt6-translations-l10n (scripts/bootstrap installs it) has qtbase_ja.qm.
        QVERIFY(QCoreApplication::translate(qtContext, qtSource) != QString::fromLatin1(qtSource));
        QCOMPARE(QLocale().language(), QLocale::Japanese);
    }
    // Gone with the Translator: nothing stays installed behind the owner's back.
    QCOMPARE(QCoreApplication::translate(qtContext, qtSource), QString::fromLatin1(qtSource));
}

void TestTranslator::keyMessagesAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QLocale>("systemLocale");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");

    const QList<std::pair<QString, QLocale>> locales {
        { QStringLiteral("zh_CN"), QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China) },
        { QStringLiteral("ko"), QLocale(QLocale::Korean, QLocale::SouthKorea) },
        { QStringLiteral("ja"), QLocale(QLocale::Japanese, QLocale::Japan) },
    };
    // The main window's first action, a field name, an error explanation and a CLI line.
    const QList<std::pair<const char *, const char *>> messages {
        { "MainWindow", "&Load" },
        { "FieldSchema", "Nickname" },
        { "ErrorCatalogue",
            "The UserSig's signature does not match: it was made with another app's secret key." },
        { "CliApplication", "Commands:" },
    };
    for (const auto &[language, locale] : locales) {
        for (const auto &[context, source] : messages) {
            QTest::addRow("%s %s %s", qPrintable(language), context, source)
                << language << locale << QString::fromLatin1(context) << QString::fromLatin1(source);
        }
    }
}

void TestTranslator::keyMessagesAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QLocale, systemLocale);
    QFETCH(QString, context);
    QFETCH(QString, source);

    const QString expected = translationInTsFile(language, context, source);
    QVERIFY2(!expected.isEmpty(), "the message is missing from the .ts file or untranslated there");
    QVERIFY(expected != source);

    // A system locale as the platform reports it (with script and territory) finds the catalogue.
    const Translator translator(systemLocale);
    QVERIFY(translator.hasMessages());
    QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source)), expected);
}

QTEST_GUILESS_MAIN(TestTranslator)
#include "tst_translator.moc"
