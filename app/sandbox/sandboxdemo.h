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

    // Generated accounts, for bulk demos and benchmarks: user000001, user000002, … each with a
    // nickname, gender, birthday and level that follow from its number alone, so every run (the
    // CLI's --generate-accounts, a benchmark, a GUI choice) gets the same accounts and values.
    static constexpr int MaxGeneratedAccounts = 999999; // the ids keep six digits and sort in order
    static QString generatedAccount(int number); // 1 … MaxGeneratedAccounts
    static SandboxProfile generatedProfile(int number);
    // Adds generated accounts 1 … count (at most MaxGeneratedAccounts) to store; an account already
    // there keeps its profile.
    static void addGeneratedAccounts(SandboxStore &store, int count);
};
