#include "api/sendoncebody.h"

#include <algorithm>
#include <cstring>

SendOnceBody::SendOnceBody(QByteArray body, QObject *parent)
    : QIODevice(parent)
    , m_body(std::move(body))
{
    // Unbuffered, so pos() is where readData() reads from, as in QBuffer.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool SendOnceBody::seek(qint64 position)
{
    if (m_handedOver && position < pos()) {
        return false;
    }
    return QIODevice::seek(position);
}

bool SendOnceBody::reset()
{
    return !m_handedOver && QIODevice::reset();
}

qint64 SendOnceBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, m_body.size() - pos());
    if (count <= 0) {
        return 0;
    }
    std::memcpy(data, m_body.constData() + pos(), static_cast<size_t>(count));
    m_handedOver = true;
    return count;
}

qint64 SendOnceBody::writeData(const char *, qint64)
{
    return -1;
}
