#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// What the server accepts for each profile tag (https://www.tencentcloud.com/document/product/1047/33520;
// custom fields https://trtc.io/zh/document/34381), kept as data so the GUI editors, the table model and the
// CLI `set` command share one source of truth.

enum class ValueType { String, UInt32 };
enum class EditorKind { Text, Choice, Date, Number, MessageSettings };

// One allowed value of an enum-like string field, e.g. "Gender_Type_Female" shown as "Female".
struct FieldChoice
{
    QString value;
    const char *labelSource = nullptr; // QT_TRANSLATE_NOOP("FieldSchema", …)

    QString label() const;
};

struct FieldSpec
{
    QString tag;
    QString shortName; // "Nick" for Tag_Profile_IM_Nick; the keyword for a custom field
    ValueType type = ValueType::String;
    EditorKind editor = EditorKind::Text;
    QList<FieldChoice> choices;
    // Hard limit the server enforces (40601); 0 for numbers.
    int maxBytes = 0;
    // Stricter limit from a disagreeing source: exceeding it is a warning, not an error; 0 = none.
    int warningBytes = 0;
    const char *warningReasonSource = nullptr;
    const char *displayNameSource = nullptr;
    const char *descriptionSource = nullptr;
    bool custom = false;

    QString displayName() const;
    // How messages name the field: "Nickname (Tag_Profile_IM_Nick)"; a custom field by its tag.
    QString nameInMessages() const;
    QString description() const;
    QString warningReason() const;
    // Matches the raw value, its label (source or translated) or the part after "_Type_"
    // ("Female"), case-insensitively; nullptr when nothing matches.
    const FieldChoice *findChoice(QStringView valueOrLabel) const;
    // The label for a raw value, or the value itself when it is not one of the choices.
    QString labelFor(const QString &value) const;
    // What portrait_set writes to make a field read as never set, since it cannot remove one:
    // "" for text, 0 for a number, and for a choice its first, the documented default (the
    // schema lists it first: Gender_Type_Unknown, AllowType_Type_NeedConfirm, AdminForbid_Type_None).
    QJsonValue unsetValue() const;
};

namespace FieldSchema {

inline constexpr int MaxValueBytes = 500;
inline constexpr quint32 MessageSettingsRejectBit = 0x1;
inline constexpr QStringView StandardPrefix = u"Tag_Profile_IM_";
inline constexpr QStringView CustomPrefix = u"Tag_Profile_Custom_";
// The console's hard rule for custom keywords (staff articles) and the documented stricter one.
inline constexpr int MaxCustomKeywordLength = 16;
inline constexpr int RecommendedCustomKeywordLength = 8;

const QList<FieldSpec> &standardFields();
// Accepts the full tag ("Tag_Profile_IM_Nick") or the short name ("Nick", case-insensitive).
const FieldSpec *standardField(QStringView tagOrShortName);
bool isCustomTag(QStringView tag);
bool isStandardLookingTag(QStringView tag);
QStringList standardTags();

// "Tag_Profile_Custom_Hobby" → "Hobby"; empty for any other tag.
QString customKeyword(QStringView tag);
QString customTag(QStringView keyword);
// The spec a custom tag gets: free text up to 500 bytes.
FieldSpec customField(QStringView tag);
// The standard spec, or a custom spec for Tag_Profile_Custom_*; nullopt for any other tag.
std::optional<FieldSpec> fieldFor(QStringView tag);

// Shown wherever a custom field is added (translated).
QString customFieldNote();

} // namespace FieldSchema
