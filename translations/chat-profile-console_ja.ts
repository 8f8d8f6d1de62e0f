<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApiCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than %1 bytes, far more than any profile answer, so it was not read. Check the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2. Nothing was sent; check the endpoint, or the system&apos;s clock and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 ms. The server or the network may be down; try again, or try the backup domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of 200: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>chat-profile: unknown command &quot;%1&quot;. Run chat-profile --help to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat Profile Console on the command line: UserSigs, and reading and writing Tencent Cloud Chat user profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;chat-profile &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 the check or the request failed; 2 bad input, nothing sent; 3 network, TLS, timeout or protocol failure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomTagRegistry</name>
    <message>
        <source>%1 is already in the list. Change its permissions instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this connection&apos;s list of custom fields. If it was never created in the Chat console, the server answers 40009; add it to the list once it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not writable by the App admin. Allow &quot;App admin can write&quot; for it in the Chat console, then tick it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this connection&apos;s list of custom fields; the server answers 40009 if it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not readable by the App admin. Allow &quot;App admin can read&quot; for it in the Chat console, then tick it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL. Give it as https://HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must be a bare base URL such as https://HOST, without user, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: the UserSig travels in the URL and would cross the network unencrypted. Use https://, or a loopback address for a local server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>Request parameter error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not decode the request: a field is missing, misspelled or has the wrong shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the request body with the ErrorInfo text. If this console built the request, report it together with the random value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not name any account to read (To_Account is missing or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has not been imported into this app, or its ID is spelled differently (account IDs are case-sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account ID, or import the account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App admin required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier in the request is not an App admin of this SDKAppID, and only an App admin may call this API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the App admin account (Chat console, Application info) as identifier and generate its UserSig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile value contains words blocked by content moderation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the wording of the value and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile service failed internally; the request itself may well be fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in a moment. If it keeps failing, contact Tencent Cloud support and quote the random value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No read permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App admin is not allowed to read this profile field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable &quot;App admin readable&quot; for the field in the Chat console, or leave the field out of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No write permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App admin is not allowed to write this profile field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable &quot;App admin writable&quot; for the field in the Chat console&apos;s custom profile field settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile field does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this profile field tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the custom field in the Chat console first, or correct the tag&apos;s spelling (tags are case-sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile value is longer than 500 bytes. The limit counts UTF-8 bytes, so one Chinese character uses three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the value to at most 500 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard profile field got a value it does not accept, for example an unknown Gender or AllowType string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the documented values for the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong value type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard profile field got the wrong JSON type, for example text where a whole number is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send BirthDay, Language, Level, Role and MsgSettings as whole numbers and every other field as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP request not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not parse the HTTP request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint URL: a custom endpoint must be the bare https://host, without a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request JSON invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the JSON format of the request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier or UserSig rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the account or the signature (identifier or usersig) of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the admin identifier and generate a fresh UserSig for it with this app&apos;s secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account or the signature of the request does not check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDKAppID invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this SDKAppID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SDKAppID from the Chat console again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API rate limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many REST API calls were made in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment and retry; lower the request rate if it happens often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service timeout or malformed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service timed out, or the HTTP request was malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the request, then send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong API resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request URL names an API that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path of the URL (v4/profile/portrait_set or portrait_get) and of a custom endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App admin permission required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request needs App admin permission, and the identifier is not an App admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the App admin account as identifier and generate its UserSig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDKAppID rate limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SDKAppID sent too many requests in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment and retry; spread bulk edits over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDKAppID missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carries no SDKAppID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app&apos;s SDKAppID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server could not parse a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON response failed to parse inside the Chat service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later; report it to Tencent Cloud support if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account exchange timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the account inside the Chat service timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account in the request body is not a JSON string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send account IDs as strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDKAppID disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SDKAppID has been disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the app&apos;s status in the Chat console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of request is disabled for the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ticket with Tencent Cloud support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is receiving too many requests from this app right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few seconds and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests, try later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service throttled the request because too many arrived in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later, at a lower rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro edition expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s paid package expired and the app was deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the package; it takes effect about five minutes after purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller IP not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP address this request came from is not on the app&apos;s REST API allowlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this machine&apos;s public IP address to the allowlist in the Chat console, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserSig expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig is past the end of its validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new UserSig; a validity of at least 24 hours is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserSig empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carried an empty UserSig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provide the app&apos;s secret key or a ready UserSig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserSig unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig could not be parsed; it is often truncated by copy and paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the UserSig again and copy it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserSig invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig is not a valid signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new UserSig with this app&apos;s secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserSig signed with another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig&apos;s signature does not match: it was made with another app&apos;s secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this SDKAppID&apos;s secret key from the Chat console and generate the UserSig again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier does not match the UserSig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier in the request differs from the one the UserSig was generated for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the UserSig for the identifier you send, or send the identifier it was made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDKAppID does not match the UserSig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDKAppID in the request differs from the one the UserSig was generated for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the UserSig with this SDKAppID and its own secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not found: wrong region?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no key for this SDKAppID. This usually means the app lives in another data centre (region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the region the app was created in (shown in the Chat console), or check the SDKAppID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDKAppID not found: wrong region?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this SDKAppID. This usually means the app lives in another data centre (region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed signature checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserSig checks failed too often, so the server blocks this identifier for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the UserSig, then retry after one minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is on the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Tencent Cloud support to find out why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserSig has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig&apos;s validity has run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new UserSig and send the request again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested UserID does not exist or was never imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the UserID, or import the account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins were restricted for security reasons because they came too often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service inside the Chat backend timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server busy, timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chat backend did not answer in time internally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has an invalid number of items for a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send fewer items per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has more accounts than its edition allows (100 on the free trial).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the app&apos;s edition in the Chat console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required field is missing or has the wrong format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the required fields and their format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin permission needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an App admin may make this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the App admin account as identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chat backend failed internally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later; contact Tencent Cloud support with the random value if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account deletion refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only accounts of trial-edition apps can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the account in place, or check the app&apos;s edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text blocked by security filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text was blocked by Tencent Cloud&apos;s security filtering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reword the text and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing packet is larger than 8 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send less data in one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which %1 the UserSig was generated for: it must be exactly the one in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig was signed for the %1 %2, but the request sends %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig was signed for the same %1 as the request (%2), so it was probably generated with another SDKAppID&apos;s key or has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SDKAppID probably lives in another region than the one the request went to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SDKAppID probably lives in another region: the request went to %1. Pick the region where the app was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDKAppID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field %1 was not created in the Chat console, or its name is misspelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not writable by the App admin: its write permission in the Chat console does not include &quot;App admin writable&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s IP address is not on the app&apos;s IP allowlist, so every REST call from this machine is refused whatever the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no ErrorInfo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console does not know error code %1. The server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look the code up in the Tencent Cloud Chat error code list, or contact support quoting the code and the random value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldSchema</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the user lives. Apps usually store four numbers (country, province, city, district) that they map to place names themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English documentation and the Web SDK limit Location to 16 bytes, the Chinese documentation to 500 bytes. Keep it within 16 bytes so every client can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name other users see. Text up to 500 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s gender, or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth as the number YYYYMMDD, e.g. 19900521; 0 means not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short status line. Text up to 500 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether others may add this user as a friend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone may add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody may add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number from 0 to 4294967295; each app defines which language each number means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the user&apos;s picture. Up to 500 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bit flags. Bit 0 set means the user does not receive messages; the other bits are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend requests by admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by an administrator only: whether this user may send friend requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number from 0 to 4294967295 whose meaning the app defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field: text up to %1 bytes. It must exist in the Chat console and be readable and writable by the App admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the field in the Chat console first (Feature Configuration &gt; User Custom Field) with read and write permission for the App admin. A new field takes up to 10 minutes to work, and it cannot be renamed or deleted afterwards; only its permissions can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>&quot;%1&quot; cannot be a custom field name: use 1 to %2 letters, digits or underscores, not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documentation asks for custom field names of at most %1 English letters; the Chat console has been seen to accept up to %2 letters, digits and underscores. &quot;%3&quot; only works if the console accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assignment. Write FIELD=VALUE, e.g. Nick=Anna, Gender=Female, BirthDay=19900521 or Tag_Profile_Custom_Hobby=chess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat Profile Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Chat Profile Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Chat Profile Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chat Profile Console %1&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Tencent Cloud Chat user profiles by hand, safely.&lt;br&gt;Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTableModel</name>
    <message>
        <source>You sent %1, but the server now holds %2. Check the value and the field&apos;s permissions, then apply again or revert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value; the server has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was %1 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server returned no value for this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (does not receive messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (receives messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set on server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this with %1 (%2): %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server did not say which of these %n fields it means. %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frankfurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumbai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silicon Valley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (local demo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>The server&apos;s answer is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has no ActionStatus, so it is not a Chat REST API response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message>
        <source>Give the app&apos;s SDKAppID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the App admin identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no UserSig: give the secret key or a ready UserSig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account whose profile to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one field to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one account, and no empty account IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one profile tag to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The Sandbox cannot listen on %1 port %2: %3. Pick another address or port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Sandbox data file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has version %1, this Sandbox reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile of account &quot;%1&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 for account &quot;%2&quot; is neither a string nor a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the Sandbox data file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the Sandbox data file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox data file %1 cannot be loaded: %2. It was left untouched; repair it, or move it away to start with an empty store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserSig</name>
    <message>
        <source>character “%1” at position %2 is not part of a UserSig (only A–Z, a–z, 0–9, *, - and _ are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid base64: the padding “_” appears before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid base64: its length is impossible, so characters are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid base64: its last character does not fit, so it was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not contain zlib-compressed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is unexpected data after its compressed content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content is larger than %1 KiB, far more than any UserSig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its compressed data ends early: the sig is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 should be %2 but is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is version “%1”; only version 2.0 (HMAC-SHA256) sigs can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not valid text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not a base64 HMAC-SHA256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1 characters long, far longer than any UserSig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig was made for SDKAppID %1, but the request is for SDKAppID %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig was made for the account “%1”, but the request is sent as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature inside the UserSig does not match this secret key: it was made with another key, or changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig expired at %1, %2 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig is valid: it was signed with this app&apos;s secret key, for this account and this app, and it has not expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig has expired; the server refuses it with error %1. Make a new one from the secret key, or ask for a sig with a longer lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig was not signed with this app&apos;s secret key, usually because it was made with another app&apos;s key or with a key that has since been reset; the server refuses it with error %1. Use the secret key shown for this SDKAppID in the Chat console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig belongs to another account than the one sending the request; the server refuses it with error %1. Send as the account the sig was made for, or make a sig for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig was made for another app (another SDKAppID); the server refuses it with error %1. Check the SDKAppID, or make a sig for this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UserSig is damaged or incomplete, often because it was cut off while copying; the server refuses it with error %1. Copy the whole sig again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit Tencent Cloud Chat user profiles by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
