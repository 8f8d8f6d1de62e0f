#pragma once

#include "api/apitarget.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiCall;
class QNetworkAccessManager;
class RestClient;

// Answers "which data centre is this app in?" after one of the errors a wrong region produces
// (ErrorCatalogue::wrongRegionCodes()). It asks each candidate the same harmless, read-only
// question (portrait_get of the admin's own nickname) in parallel: a data centre that knows the
// SDKAppID answers with anything but those codes, even when the request itself fails for another
// reason (a wrong key, …).
class RegionProbe final : public QObject
{
    Q_OBJECT

public:
    struct Candidate
    {
        QString regionId;
        QString name; // for the user
        ApiTarget target; // with a fresh UserSig for this app and admin
    };
    enum class Verdict {
        AppFound, // this data centre knows the SDKAppID
        AppUnknown, // it answered one of ErrorCatalogue::wrongRegionCodes()
        Unreachable, // no REST answer: network, TLS, timeout or protocol failure
    };
    struct Finding
    {
        QString regionId;
        QString name;
        Verdict verdict = Verdict::Unreachable;
        int errorCode = 0; // the answer's ErrorCode when there was one
    };

    // network: the application's one QNetworkAccessManager (not owned).
    explicit RegionProbe(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~RegionProbe() override;

    // Starts asking every candidate; finished() follows once all have answered or failed. A probe
    // already running is cancelled first.
    void start(const QList<Candidate> &candidates);
    void cancel();
    bool isRunning() const { return m_pending > 0; }

    // The one region that knows the app, or an empty id when none or several do.
    static QString foundRegion(const QList<Finding> &findings);

Q_SIGNALS:
    void finished(const QList<RegionProbe::Finding> &findings);

private:
    RestClient *m_client;
    QList<QPointer<ApiCall>> m_calls;
    QList<Finding> m_findings;
    int m_pending = 0;
};
