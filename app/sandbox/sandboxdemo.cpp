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
