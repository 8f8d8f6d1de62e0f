#pragma once

#include "sandbox/sandboxconfig.h"

#include <QRandomGenerator>

// Rolls the dice for each call: which injected fault, if any, it suffers. The rates are shares of
// all calls (a rate of 1 hits every call); when they add up to more than 1 the earlier kinds in
// Fault's order win.
class FaultInjector final
{
public:
    enum class Fault { None, DropConnection, BadGateway, MalformedBody, InternalError };

    explicit FaultInjector(const SandboxFaults &faults);

    Fault roll();
    int latencyMs() const { return m_faults.latencyMs; }

private:
    SandboxFaults m_faults;
    QRandomGenerator m_random;
};
