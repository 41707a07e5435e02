#include "singlesendbody.h"

#include <algorithm>
#include <cstring>

SingleSendBody::SingleSendBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly);
}

qint64 SingleSendBody::size() const
{
    return m_data.size();
}

bool SingleSendBody::reset()
{
    return false;
}

qint64 SingleSendBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, m_data.size() - pos());
    if (count <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + pos(), size_t(count));
    return count;
}

qint64 SingleSendBody::writeData(const char *, qint64)
{
    return -1;
}
