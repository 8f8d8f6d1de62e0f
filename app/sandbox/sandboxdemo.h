#pragma once

#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxstore.h"

// The demo app shipped in the resource :/sandbox/demo.json: what the GUI fills in on first
// launch and what `chat-profile sandbox` runs without --sdkappid/--key-file. Its secret key is
// published on purpose; it opens nothing but the local Sandbox.
struct SandboxDemo
{
    SandboxConfig config; // SDKAppID, key, admins and custom tags; no data file, no faults
    SandboxStore store; // a few dozen users with profiles in several languages
    QString admin; // the identifier to call with ("administrator")
    QString demoAccount; // a user worth opening first

    // Loaded once; the resource is part of the binary, so a broken one is a build bug (and is
    // caught by the tests).
    static const SandboxDemo &get();
};
