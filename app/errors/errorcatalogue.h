#pragma once

#include <QList>
#include <QString>

// One row of the error catalogue. The texts are untranslated source strings (marked with
// QT_TRANSLATE_NOOP so lupdate extracts them); explain() translates them at the moment of use.
struct ErrorEntry
{
    int code = 0;
    const char *title = nullptr;
    const char *explanation = nullptr;
    const char *nextStep = nullptr;
    // The ErrorInfo text the server typically sends with this code. Not translated: it is what
    // the wire carries, and the Sandbox sends exactly this.
    const char *serverInfo = nullptr;
    // Internal errors and rate limits: the same request may succeed a moment later.
    bool retryable = false;
};

// What the diagnoses need to say something specific about this request rather than the code in
// general. Every field may stay empty/0 when the caller does not know it.
struct DiagnosisContext
{
    QString regionName; // display name of the region the request went to
    QString requestIdentifier;
    quint64 requestSdkAppId = 0;
    QString signedIdentifier; // what the UserSig was signed for
    quint64 signedSdkAppId = 0;
    QString tag; // the profile field involved
    QString serverErrorInfo; // ErrorInfo as received; shown for codes the catalogue does not know
};

struct Explanation
{
    QString title;
    QString explanation;
    QString nextStep;
    bool known = false;
};

namespace ErrorCatalogue {
// nullptr for a code the catalogue does not know (and for 0, which is not an error).
const ErrorEntry *find(int code);
// Every catalogued code, ascending.
QList<int> codes();
// The typical ErrorInfo for code, or an empty string for an unknown code.
QString serverInfo(int code);
bool isRetryable(int code);
// The codes a request sent to a data centre that does not host the app gets: 70016 (no key for
// this SDKAppID) and 70020 (SDKAppID not found), "check the SDKAppID and the data centre"
// (https://cloud.tencent.com/document/product/269/1671). Not 60006: "SDKAppID invalid" says the
// SDKAppID itself is wrong, which no other region fixes. The results pane offers to find the
// app's region after these codes, and the region probe reads them as "the app is not here".
QList<int> wrongRegionCodes();
bool meansWrongRegion(int code);
// The codes that say "too many calls, slow down": 60007 (REST API call frequency over limit),
// 60011 (SDKAppID request frequency over limit), 60018 and 60019 (request too frequent)
// (https://cloud.tencent.com/document/product/269/1671). A bulk job slows its pacer down and sends
// the same request again later: they never fail a row by themselves.
QList<int> rateLimitCodes();
bool meansRateLimit(int code);
// Translated title, explanation and next step for code, sharpened by what context tells about
// this request. An unknown code still yields a useful text showing the raw code and ErrorInfo.
Explanation explain(int code, const DiagnosisContext &context = {});
} // namespace ErrorCatalogue
