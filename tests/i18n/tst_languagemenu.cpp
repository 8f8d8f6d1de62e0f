#include "i18n/languagemenu.h"
#include "i18n/translator.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestLanguageMenu final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void offersEachLanguageInItsOwnName();
    void checksTheSavedLanguage();
    void choosingALanguageSavesIt();

private:
    static QList<QAction *> languageActions(const LanguageMenu &menu);
};

void TestLanguageMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("chat-profile-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languagemenu"));
}

void TestLanguageMenu::init()
{
    QSettings().clear();
}

QList<QAction *> TestLanguageMenu::languageActions(const LanguageMenu &menu)
{
    QList<QAction *> result;
    const QList<QAction *> actions = menu.actions();
    for (QAction *action : actions) {
        if (action->isCheckable()) {
            result.append(action);
        }
    }
    return result;
}

void TestLanguageMenu::offersEachLanguageInItsOwnName()
{
    const LanguageMenu menu;
    QStringList texts;
    QStringList languages;
    for (const QAction *action : languageActions(menu)) {
        texts.append(action->text());
        languages.append(action->data().toString());
    }
    QCOMPARE(languages.size(), Translator::availableLanguages().size() + 1);
    QCOMPARE(languages.first(), Translator::systemLanguage());
    QVERIFY(texts.contains(QStringLiteral("English")));
    QVERIFY(texts.contains(QStringLiteral("简体中文")));
    QVERIFY(texts.contains(QStringLiteral("한국어")));
    QVERIFY(texts.contains(QStringLiteral("日本語")));
}

void TestLanguageMenu::checksTheSavedLanguage()
{
    Translator::setLanguageSetting(QStringLiteral("ja"));
    const LanguageMenu menu;
    QStringList checked;
    for (const QAction *action : languageActions(menu)) {
        if (action->isChecked()) {
            checked.append(action->data().toString());
        }
    }
    QCOMPARE(checked, QStringList { QStringLiteral("ja") });
}

void TestLanguageMenu::choosingALanguageSavesIt()
{
    const LanguageMenu menu;
    const QList<QAction *> actions = languageActions(menu);
    QCOMPARE(actions.first()->isChecked(), true); // nothing saved yet: the system's language
    for (QAction *action : actions) {
        if (action->data().toString() == QStringLiteral("ko")) {
            action->trigger();
        }
    }
    QCOMPARE(QSettings().value("ui/language").toString(), QStringLiteral("ko"));
    QCOMPARE(Translator::languageSetting(), QStringLiteral("ko"));
    QCOMPARE(actions.first()->isChecked(), false);
}

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
