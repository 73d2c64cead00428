// Small browser helpers the Blazor components call through JS interop.
window.portal = {
    // Desktop notifications: members used the Signal group on their phones and expect to be told.
    meldingStatus: () => ("Notification" in window) ? Notification.permission : "niet-ondersteund",
    meldingToestaan: async () => ("Notification" in window) ? await Notification.requestPermission() : "niet-ondersteund",
    toonMelding: (titel, tekst, link) => {
        if (!("Notification" in window) || Notification.permission !== "granted" || document.visibilityState === "visible") {
            return false;
        }
        const melding = new Notification(titel, { body: tekst, icon: "/img/icon-192.png", lang: "nl" });
        melding.onclick = () => { window.focus(); if (link) { window.location.href = link; } };
        return true;
    }
};
