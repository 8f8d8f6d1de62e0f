#pragma once

#include <QJsonValue>
#include <QString>

// How the emulated server judges the Tag and Value of one ProfileItem, written from Tencent's
// documented rules and deliberately not taken from the console's FieldSchema or FieldValidator:
// the Sandbox stands for the server, and a server sharing the client's checks would accept
// whatever a buggy client accepts, so no Sandbox test could catch a client validation bug.
// Standard fields: https://www.tencentcloud.com/document/product/1047/33520; custom fields:
// https://trtc.io/zh/document/34381; codes: https://www.tencentcloud.com/document/product/1047/34916.
namespace SandboxRules {

// A documented Tag_Profile_IM_* tag, spelled exactly.
bool isStandardTag(const QString &tag);
// Tag_Profile_Custom_<keyword>; whether it exists is the app's configuration.
bool isCustomTag(const QString &tag);
// 0 when the server stores value for the (existing) tag; otherwise 40610 for the wrong JSON type,
// 40605 for an enum string not listed or a number outside uint32, 40601 for over 500 UTF-8 bytes.
int valueProblem(const QString &tag, const QJsonValue &value);

} // namespace SandboxRules
