#pragma once

#include "api/apitarget.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// One fully built REST call: what goes on the wire for one attempt.
struct RestRequest
{
    QUrl url; // carries the full UserSig: never log or show it without Redaction
    QByteArray body;
    quint32 random = 0;

    // POST BASE + ProfileApi::path(command) ?sdkappid=…&identifier=…&usersig=…&random=…&contenttype=json
    // with the JSON body. `command` is ProfileApi::PortraitSet or PortraitGet; an empty object is sent as
    // "{}" so the body is never empty, as the API demands.
    static RestRequest build(
        const ApiTarget &target, const QString &command, const QJsonObject &body, quint32 random);
};
