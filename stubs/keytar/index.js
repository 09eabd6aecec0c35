// Stand-in for keytar, the native keychain module that office-addin-debugging pulls in for
// Microsoft 365 sign-in only. Its prebuilt binary cannot be downloaded on our machines, and
// building it needs libsecret headers; nianbao never signs in, so nothing here is called.
module.exports = {};
