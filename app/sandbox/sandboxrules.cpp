#include "sandbox/sandboxrules.h"

#include <QStringList>

#include <cmath>

namespace {

enum Code : int {
    Ok = 0,
    ValueTooLong = 40601,
    InvalidValue = 40605,
    WrongType = 40610,
};

constexpr int MaxValueBytes = 500;
constexpr double UInt32Max = 4294967295.0;

struct StandardTag
{
    const char *tag;
    bool uint32; // a JSON number; otherwise a JSON string
    QStringList choices; // for enum strings; empty for free text
};

const QList<StandardTag> &standardTags()
{
    static const QList<StandardTag> tags {
        { "Tag_Profile_IM_Nick", false, {} },
        { "Tag_Profile_IM_Gender", false,
            { QStringLiteral("Gender_Type_Unknown"), QStringLiteral("Gender_Type_Female"),
                QStringLiteral("Gender_Type_Male") } },
        // "Recommended" as YYYYMMDD, not enforced: any uint32 is stored.
        { "Tag_Profile_IM_BirthDay", true, {} },
        // The CN page says 500 bytes, the EN page 16; the server is taken to enforce the larger.
        { "Tag_Profile_IM_Location", false, {} },
        { "Tag_Profile_IM_SelfSignature", false, {} },
        { "Tag_Profile_IM_AllowType", false,
            { QStringLiteral("AllowType_Type_NeedConfirm"), QStringLiteral("AllowType_Type_AllowAny"),
                QStringLiteral("AllowType_Type_DenyAny") } },
        { "Tag_Profile_IM_Language", true, {} },
        { "Tag_Profile_IM_Image", false, {} },
        { "Tag_Profile_IM_MsgSettings", true, {} },
        { "Tag_Profile_IM_AdminForbidType", false,
            { QStringLiteral("AdminForbid_Type_None"), QStringLiteral("AdminForbid_Type_SendOut") } },
        { "Tag_Profile_IM_Level", true, {} },
        { "Tag_Profile_IM_Role", true, {} },
    };
    return tags;
}

const StandardTag *findStandard(const QString &tag)
{
    for (const StandardTag &entry : standardTags()) {
        if (tag == QLatin1String(entry.tag)) {
            return &entry;
        }
    }
    return nullptr;
}

int numberProblem(const QJsonValue &value)
{
    if (!value.isDouble() || std::floor(value.toDouble()) != value.toDouble()) {
        return WrongType;
    }
    return value.toDouble() < 0 || value.toDouble() > UInt32Max ? InvalidValue : Ok;
}

int stringProblem(const QJsonValue &value, const QStringList &choices)
{
    if (!value.isString()) {
        return WrongType;
    }
    if (value.toString().toUtf8().size() > MaxValueBytes) {
        return ValueTooLong;
    }
    return choices.isEmpty() || choices.contains(value.toString()) ? Ok : InvalidValue;
}

} // namespace

namespace SandboxRules {

bool isStandardTag(const QString &tag)
{
    return findStandard(tag) != nullptr;
}

bool isCustomTag(const QString &tag)
{
    return tag.startsWith(QLatin1String("Tag_Profile_Custom_"));
}

int valueProblem(const QString &tag, const QJsonValue &value)
{
    if (const StandardTag *standard = findStandard(tag)) {
        return standard->uint32 ? numberProblem(value) : stringProblem(value, standard->choices);
    }
    // Custom fields hold strings (or bytes) only: uint32/uint64 are "not supported" for them.
    return stringProblem(value, {});
}

} // namespace SandboxRules
