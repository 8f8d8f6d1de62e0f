#include "sandbox/sandboxdemo.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

SandboxDemo loadDemo()
{
    QFile file(QStringLiteral(":/sandbox/demo.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("The Sandbox demo resource :/sandbox/demo.json is missing from this build");
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    SandboxDemo demo;
    demo.config.sdkAppId = root.value(QStringLiteral("sdkAppId")).toVariant().toULongLong();
    demo.config.secretKey = root.value(QStringLiteral("secretKey")).toString().toUtf8();
    demo.admin = root.value(QStringLiteral("admin")).toString();
    demo.demoAccount = root.value(QStringLiteral("demoAccount")).toString();
    demo.config.admins = QStringList { demo.admin };
    const QJsonObject tags = root.value(QStringLiteral("customTags")).toObject();
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
        const std::optional<CustomTagAccess> access = CustomTagAccessText::parse(it.value().toString());
        if (!access) {
            qFatal("The Sandbox demo resource gives %s an unknown access", qPrintable(it.key()));
        }
        demo.config.customTags.insert(it.key(), *access);
    }
    QString error;
    if (!demo.store.mergeAccounts(root.value(QStringLiteral("accounts")).toObject(), &error)) {
        qFatal("The Sandbox demo resource is broken: %s", qPrintable(error));
    }
    return demo;
}

} // namespace

const SandboxDemo &SandboxDemo::get()
{
    static const SandboxDemo demo = loadDemo();
    return demo;
}

QString SandboxDemo::generatedAccount(int number)
{
    return QStringLiteral("user%1").arg(number, 6, 10, QLatin1Char('0'));
}

SandboxProfile SandboxDemo::generatedProfile(int number)
{
    // Given names in several scripts, so a bulk demo shows what the console does with each.
    static const QStringList names { QStringLiteral("Anna"), QStringLiteral("张伟"), QStringLiteral("김민준"),
        QStringLiteral("さくら"), QStringLiteral("Lucas"), QStringLiteral("Priya"), QStringLiteral("Oleg"),
        QStringLiteral("Fatima") };
    static const QStringList genders { QStringLiteral("Gender_Type_Female"),
        QStringLiteral("Gender_Type_Male"), QStringLiteral("Gender_Type_Unknown") };
    // YYYYMMDD, a valid date from 1960 to 2004 (days up to 28 exist in every month).
    const int birthDay = (1960 + number % 45) * 10000 + (1 + number % 12) * 100 + 1 + number % 28;
    return {
        { QStringLiteral("Tag_Profile_IM_Nick"),
            QStringLiteral("%1 %2").arg(names.at((number - 1) % names.size())).arg(number) },
        { QStringLiteral("Tag_Profile_IM_Gender"), genders.at((number - 1) % genders.size()) },
        { QStringLiteral("Tag_Profile_IM_BirthDay"), birthDay },
        { QStringLiteral("Tag_Profile_IM_Level"), number % 100 },
    };
}

void SandboxDemo::addGeneratedAccounts(SandboxStore &store, int count)
{
    Q_ASSERT(count <= MaxGeneratedAccounts);
    for (int number = 1; number <= count; ++number) {
        const QString account = generatedAccount(number);
        if (!store.hasAccount(account)) {
            store.addAccount(account);
            store.setItems(account, generatedProfile(number));
        }
    }
}
