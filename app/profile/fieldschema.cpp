#include "profile/fieldschema.h"

#include <QCoreApplication>

namespace {

QString translated(const char *source)
{
    return source ? QCoreApplication::translate("FieldSchema", source) : QString();
}

FieldSpec textField(const char *tag, const char *shortName, const char *name, const char *description)
{
    FieldSpec spec;
    spec.tag = QString::fromLatin1(tag);
    spec.shortName = QString::fromLatin1(shortName);
    spec.type = ValueType::String;
    spec.editor = EditorKind::Text;
    spec.maxBytes = FieldSchema::MaxValueBytes;
    spec.displayNameSource = name;
    spec.descriptionSource = description;
    return spec;
}

FieldSpec choiceField(const char *tag, const char *shortName, const char *name, const char *description,
    QList<FieldChoice> choices)
{
    FieldSpec spec = textField(tag, shortName, name, description);
    spec.editor = EditorKind::Choice;
    spec.choices = std::move(choices);
    return spec;
}

FieldSpec numberField(const char *tag, const char *shortName, const char *name, const char *description,
    EditorKind editor = EditorKind::Number)
{
    FieldSpec spec;
    spec.tag = QString::fromLatin1(tag);
    spec.shortName = QString::fromLatin1(shortName);
    spec.type = ValueType::UInt32;
    spec.editor = editor;
    spec.displayNameSource = name;
    spec.descriptionSource = description;
    return spec;
}

QList<FieldSpec> buildStandardFields()
{
    FieldSpec location
        = textField("Tag_Profile_IM_Location", "Location", QT_TRANSLATE_NOOP("FieldSchema", "Location"),
            QT_TRANSLATE_NOOP("FieldSchema",
                "Where the user lives. Apps usually store four numbers (country, province, "
                "city, district) that they map to place names themselves."));
    location.warningBytes = 16;
    location.warningReasonSource = QT_TRANSLATE_NOOP("FieldSchema",
        "The English documentation and the Web SDK limit Location to 16 bytes, the Chinese documentation "
        "to 500 bytes. Keep it within 16 bytes so every client can read it.");

    return {
        textField("Tag_Profile_IM_Nick", "Nick", QT_TRANSLATE_NOOP("FieldSchema", "Nickname"),
            QT_TRANSLATE_NOOP("FieldSchema", "The name other users see. Text up to 500 bytes.")),
        choiceField("Tag_Profile_IM_Gender", "Gender", QT_TRANSLATE_NOOP("FieldSchema", "Gender"),
            QT_TRANSLATE_NOOP("FieldSchema", "The user's gender, or not set."),
            { { QStringLiteral("Gender_Type_Unknown"), QT_TRANSLATE_NOOP("FieldSchema", "Not set") },
                { QStringLiteral("Gender_Type_Female"), QT_TRANSLATE_NOOP("FieldSchema", "Female") },
                { QStringLiteral("Gender_Type_Male"), QT_TRANSLATE_NOOP("FieldSchema", "Male") } }),
        numberField("Tag_Profile_IM_BirthDay", "BirthDay", QT_TRANSLATE_NOOP("FieldSchema", "Birthday"),
            QT_TRANSLATE_NOOP("FieldSchema",
                "The date of birth as the number YYYYMMDD, e.g. 19900521; 0 means not "
                "set."),
            EditorKind::Date),
        location,
        textField("Tag_Profile_IM_SelfSignature", "SelfSignature",
            QT_TRANSLATE_NOOP("FieldSchema", "Personal signature"),
            QT_TRANSLATE_NOOP("FieldSchema", "A short status line. Text up to 500 bytes.")),
        choiceField("Tag_Profile_IM_AllowType", "AllowType",
            QT_TRANSLATE_NOOP("FieldSchema", "Friend requests"),
            QT_TRANSLATE_NOOP("FieldSchema", "Whether others may add this user as a friend."),
            { { QStringLiteral("AllowType_Type_NeedConfirm"),
                  QT_TRANSLATE_NOOP("FieldSchema", "Need approval") },
                { QStringLiteral("AllowType_Type_AllowAny"),
                    QT_TRANSLATE_NOOP("FieldSchema", "Anyone may add") },
                { QStringLiteral("AllowType_Type_DenyAny"),
                    QT_TRANSLATE_NOOP("FieldSchema", "Nobody may add") } }),
        numberField("Tag_Profile_IM_Language", "Language", QT_TRANSLATE_NOOP("FieldSchema", "Language"),
            QT_TRANSLATE_NOOP("FieldSchema",
                "A number from 0 to 4294967295; each app defines which language each "
                "number means.")),
        textField("Tag_Profile_IM_Image", "Image", QT_TRANSLATE_NOOP("FieldSchema", "Avatar URL"),
            QT_TRANSLATE_NOOP("FieldSchema", "The address of the user's picture. Up to 500 bytes.")),
        numberField("Tag_Profile_IM_MsgSettings", "MsgSettings",
            QT_TRANSLATE_NOOP("FieldSchema", "Message settings"),
            QT_TRANSLATE_NOOP("FieldSchema",
                "Bit flags. Bit 0 set means the user does not receive messages; the "
                "other bits are kept as they are."),
            EditorKind::MessageSettings),
        choiceField("Tag_Profile_IM_AdminForbidType", "AdminForbidType",
            QT_TRANSLATE_NOOP("FieldSchema", "Friend requests by admin"),
            QT_TRANSLATE_NOOP(
                "FieldSchema", "Set by an administrator only: whether this user may send friend requests."),
            { { QStringLiteral("AdminForbid_Type_None"), QT_TRANSLATE_NOOP("FieldSchema", "Allowed") },
                { QStringLiteral("AdminForbid_Type_SendOut"),
                    QT_TRANSLATE_NOOP("FieldSchema", "Forbidden") } }),
        numberField("Tag_Profile_IM_Level", "Level", QT_TRANSLATE_NOOP("FieldSchema", "Level"),
            QT_TRANSLATE_NOOP("FieldSchema", "A number from 0 to 4294967295 whose meaning the app defines.")),
        numberField("Tag_Profile_IM_Role", "Role", QT_TRANSLATE_NOOP("FieldSchema", "Role"),
            QT_TRANSLATE_NOOP("FieldSchema", "A number from 0 to 4294967295 whose meaning the app defines.")),
    };
}

bool matchesChoice(const FieldChoice &choice, QStringView text)
{
    const qsizetype typeMarker = choice.value.indexOf(QLatin1String("_Type_"));
    const QStringView suffix = typeMarker < 0 ? QStringView() : QStringView(choice.value).mid(typeMarker + 6);
    return text.compare(choice.value, Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String(choice.labelSource), Qt::CaseInsensitive) == 0
        || text.compare(choice.label(), Qt::CaseInsensitive) == 0
        || (!suffix.isEmpty() && text.compare(suffix, Qt::CaseInsensitive) == 0);
}

} // namespace

QString FieldChoice::label() const
{
    return translated(labelSource);
}

QString FieldSpec::displayName() const
{
    return custom ? shortName : translated(displayNameSource);
}

QString FieldSpec::nameInMessages() const
{
    return custom ? tag : QStringLiteral("%1 (%2)").arg(displayName(), tag);
}

QString FieldSpec::description() const
{
    return custom ? QCoreApplication::translate("FieldSchema",
               "A custom field: text up to %1 bytes. It must exist in the "
               "Chat console and be readable and writable by the App admin.")
                        .arg(maxBytes)
                  : translated(descriptionSource);
}

QString FieldSpec::warningReason() const
{
    return translated(warningReasonSource);
}

const FieldChoice *FieldSpec::findChoice(QStringView valueOrLabel) const
{
    for (const FieldChoice &choice : choices) {
        if (choice.value == valueOrLabel)
            return &choice;
    }
    for (const FieldChoice &choice : choices) {
        if (matchesChoice(choice, valueOrLabel))
            return &choice;
    }
    return nullptr;
}

QJsonValue FieldSpec::unsetValue() const
{
    if (type == ValueType::UInt32) {
        return 0;
    }
    return choices.isEmpty() ? QString() : choices.first().value;
}

QString FieldSpec::labelFor(const QString &value) const
{
    for (const FieldChoice &choice : choices) {
        if (choice.value == value)
            return choice.label();
    }
    return value;
}

namespace FieldSchema {

const QList<FieldSpec> &standardFields()
{
    static const QList<FieldSpec> fields = buildStandardFields();
    return fields;
}

const FieldSpec *standardField(QStringView tagOrShortName)
{
    for (const FieldSpec &spec : standardFields()) {
        if (spec.tag == tagOrShortName || spec.shortName.compare(tagOrShortName, Qt::CaseInsensitive) == 0)
            return &spec;
    }
    return nullptr;
}

bool isCustomTag(QStringView tag)
{
    return tag.startsWith(CustomPrefix);
}

bool isStandardLookingTag(QStringView tag)
{
    return tag.startsWith(StandardPrefix);
}

QStringList standardTags()
{
    QStringList tags;
    for (const FieldSpec &spec : standardFields())
        tags.append(spec.tag);
    return tags;
}

QString customKeyword(QStringView tag)
{
    return isCustomTag(tag) ? tag.mid(CustomPrefix.size()).toString() : QString();
}

QString customTag(QStringView keyword)
{
    return CustomPrefix + keyword;
}

FieldSpec customField(QStringView tag)
{
    FieldSpec spec;
    spec.tag = tag.toString();
    spec.shortName = customKeyword(tag);
    spec.type = ValueType::String;
    spec.editor = EditorKind::Text;
    spec.maxBytes = MaxValueBytes;
    spec.custom = true;
    return spec;
}

std::optional<FieldSpec> fieldFor(QStringView tag)
{
    if (const FieldSpec *spec = standardField(tag); spec && spec->tag == tag)
        return *spec;
    if (isCustomTag(tag))
        return customField(tag);
    return std::nullopt;
}

QString customFieldNote()
{
    return QCoreApplication::translate("FieldSchema",
        "Create the field in the Chat console first (Feature Configuration > "
        "User Custom Field) with read and write permission for the App admin. "
        "A new field takes up to 10 minutes to work, and it cannot be renamed "
        "or deleted afterwards; only its permissions can be changed.");
}

} // namespace FieldSchema
