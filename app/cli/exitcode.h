#pragma once

// Exit codes shared by every chat-profile command, so scripts can tell a refused input from an
// API failure from a broken network without parsing text.
enum class ExitCode : int {
    Success = 0,
    // The check or the request failed: an invalid UserSig, an API answer of FAIL, a partial get.
    Failed = 1,
    // Bad input or usage, refused before anything was sent.
    BadInput = 2,
    // Network, TLS, timeout or protocol failure, or a write whose answer never came (its outcome
    // is unknown: it may have been stored).
    Transport = 3,
};
