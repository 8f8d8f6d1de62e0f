#include "sandbox/faultinjector.h"

FaultInjector::FaultInjector(const SandboxFaults &faults)
    : m_faults(faults)
    , m_random(faults.seed ? *faults.seed : QRandomGenerator::global()->generate())
{ }

FaultInjector::Fault FaultInjector::roll()
{
    const double total
        = m_faults.dropRate + m_faults.badGatewayRate + m_faults.malformedRate + m_faults.internalErrorRate;
    if (total <= 0) {
        return Fault::None;
    }
    double threshold = m_random.generateDouble();
    const std::pair<double, Fault> shares[] = {
        { m_faults.dropRate, Fault::DropConnection },
        { m_faults.badGatewayRate, Fault::BadGateway },
        { m_faults.malformedRate, Fault::MalformedBody },
        { m_faults.internalErrorRate, Fault::InternalError },
    };
    for (const auto &[rate, fault] : shares) {
        if (threshold < rate) {
            return fault;
        }
        threshold -= rate;
    }
    return Fault::None;
}
