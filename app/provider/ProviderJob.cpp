#include "ProviderJob.h"

#include <QtCore/QTimer>

namespace textdesk::provider {

ProviderJob::ProviderJob(QObject *parent)
    : QObject(parent)
{ }

void ProviderJob::cancel()
{
    if (m_finished)
        return;
    emit cancelRequested();
    finish(ProviderError(ProviderError::Kind::Cancelled));
}

void ProviderJob::finish(const ProviderError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
    deleteLater();
}

} // namespace textdesk::provider
