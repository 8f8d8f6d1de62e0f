#include "i18n/translator.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

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
};

namespace {

const char *qtContext = "QCommandLineParser";
const char *qtSource = "Displays version information.";

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

QTEST_GUILESS_MAIN(TestTranslator)
#include "tst_translator.moc"
