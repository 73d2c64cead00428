// Small browser helpers the Blazor components call through JS interop.
(() => {
    const pushOndersteund = () => ("serviceWorker" in navigator) && ("PushManager" in window) && ("Notification" in window);

    // The service worker (sw.js) shows an offline page when the network is gone and receives Web Push. It is
    // registered after load, so it never competes with the page and the Blazor circuit for the first requests.
    // A failure only means no offline page and no pushes: the portal works without it, so it is logged, never thrown.
    const registratie = new Promise(resolve => {
        if (!("serviceWorker" in navigator)) {
            resolve(null);
            return;
        }
        const registreer = () => navigator.serviceWorker.register("/sw.js", { scope: "/" }).then(resolve, fout => {
            console.error("De service worker kon niet worden geregistreerd:", fout);
            resolve(null);
        });
        if (document.readyState === "complete") {
            registreer();
        } else {
            window.addEventListener("load", registreer, { once: true });
        }
    });

    // A subscription needs an active worker; right after the first registration it may still be installing.
    const actieveRegistratie = async (wachtMs = 10000) => {
        const r = await registratie;
        if (!r || r.active) {
            return r;
        }
        const klaar = await Promise.race([
            navigator.serviceWorker.ready,
            new Promise(resolve => setTimeout(() => resolve(null), wachtMs)),
        ]);
        return klaar?.active ? klaar : null;
    };

    const huidigAbonnement = async () => {
        const r = await registratie;
        return r ? await r.pushManager.getSubscription() : null;
    };

    // VAPID keys travel as base64url (RFC 7515 without padding); the Push API wants the raw bytes.
    const base64UrlNaarBytes = tekst => {
        const base64 = tekst.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (tekst.length % 4)) % 4);
        return Uint8Array.from(atob(base64), teken => teken.charCodeAt(0));
    };

    const zelfdeBytes = (buffer, bytes) => {
        if (!buffer) {
            return false;
        }
        const bestaand = new Uint8Array(buffer);
        return bestaand.length === bytes.length && bestaand.every((b, i) => b === bytes[i]);
    };

    const conceptSleutel = naam => `concept:${location.pathname}:${naam}`;
    document.addEventListener("input", e => {
        const veld = e.target instanceof Element ? e.target.closest("[data-concept]") : null;
        if (veld && e.isTrusted) {
            sessionStorage.setItem(conceptSleutel(veld.dataset.concept), veld.value);
        }
    }, true);
    if (location.pathname === "/inloggen") {
        Object.keys(sessionStorage).filter(k => k.startsWith("concept:")).forEach(k => sessionStorage.removeItem(k));
    }

    // The Dutch reconnect dialog (App.razor): "opnieuw proberen" reconnects; a server that no longer knows this page
    // (restarted, or another node) gets a reload, after which the drafts come back.
    document.addEventListener("click", e => {
        if (e.target instanceof Element && e.target.id === "portal-opnieuw-verbinden" && window.Blazor) {
            window.Blazor.reconnect();
        }
    });
    // Tells Blazor what a field holds, as typing would (an untrusted event, so the draft listener above ignores it).
    const meldAanBlazor = veld => {
        veld.dispatchEvent(new Event("input", { bubbles: true }));
        veld.dispatchEvent(new Event("change", { bubbles: true }));
    };
    const venster = document.getElementById("components-reconnect-modal");
    if (venster) {
        new MutationObserver(() => {
            if (venster.classList.contains("components-reconnect-rejected")) {
                location.reload();
            } else if (venster.classList.contains("components-reconnect-hide")) {
                // Reconnected to the same circuit: what was typed just before the drop, or while the connection was away,
                // may never have reached the server (the message was lost, or the field's change fired while offline).
                // Sending each draft field again makes the server hold what the person sees.
                document.querySelectorAll("[data-concept]").forEach(veld => veld.value && meldAanBlazor(veld));
            }
        }).observe(venster, { attributes: true, attributeFilter: ["class"] });
    }

    const foutTekst = fout => (fout && fout.name ? `${fout.name}: ${fout.message}` : String(fout));

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
        },

        // Web Push for the settings page. Each returns a value and never throws, so the page can always show a state.

        /** "niet-ondersteund" | "geweigerd" | "aan" | "uit" */
        pushStatus: async () => {
            if (!pushOndersteund()) {
                return "niet-ondersteund";
            }
            if (Notification.permission === "denied") {
                return "geweigerd";
            }
            try {
                return (await huidigAbonnement()) ? "aan" : "uit";
            } catch (fout) {
                console.warn("Pushstatus onbekend:", fout);
                return "uit";
            }
        },

        /**
         * Asks permission and subscribes with the server's VAPID public key (base64url).
         * { ok: true, abonnement: { endpoint, p256dh, auth } } or { ok: false, reden: "geweigerd" | "niet-ondersteund" | "mislukt", fout }
         */
        pushAanzetten: async vapidPublicKeyBase64Url => {
            if (!pushOndersteund()) {
                return { ok: false, reden: "niet-ondersteund", fout: "Deze browser ondersteunt geen pushmeldingen." };
            }
            try {
                const toestemming = await Notification.requestPermission();
                if (toestemming !== "granted") {
                    return {
                        ok: false,
                        reden: "geweigerd",
                        fout: toestemming === "denied"
                            ? "Meldingen zijn in deze browser geblokkeerd voor de portal."
                            : "Er is geen toestemming gegeven voor meldingen.",
                    };
                }
                const r = await actieveRegistratie();
                if (!r) {
                    return { ok: false, reden: "mislukt", fout: "De service worker van de portal is niet actief." };
                }
                const sleutel = base64UrlNaarBytes(vapidPublicKeyBase64Url);
                let abonnement = await r.pushManager.getSubscription();
                // A subscription made with another server key cannot be reused (subscribe would reject it): replace it.
                if (abonnement && !zelfdeBytes(abonnement.options.applicationServerKey, sleutel)) {
                    await abonnement.unsubscribe();
                    abonnement = null;
                }
                abonnement ??= await r.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: sleutel });
                const json = abonnement.toJSON();
                return { ok: true, abonnement: { endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth } };
            } catch (fout) {
                return { ok: false, reden: "mislukt", fout: foutTekst(fout) };
            }
        },

        /** Unsubscribes; returns the endpoint that was subscribed (so the server can forget it) or null. */
        pushUitzetten: async () => {
            let abonnement = null;
            try {
                abonnement = await huidigAbonnement();
                if (abonnement) {
                    await abonnement.unsubscribe();
                }
            } catch (fout) {
                // The endpoint is still returned: the user wants no pushes, so the server should forget it either way.
                console.warn("Afmelden voor pushmeldingen mislukte:", fout);
            }
            return abonnement ? abonnement.endpoint : null;
        },

        /**
         * The subscription of this browser when push is allowed and on ({ endpoint, p256dh, auth }), else null; never asks
         * anything. Each page load hands it to the server, so the device follows whoever signs in on this browser.
         */
        pushAbonnement: async () => {
            try {
                if (!pushOndersteund() || Notification.permission !== "granted") {
                    return null;
                }
                const abonnement = await huidigAbonnement();
                if (!abonnement) {
                    return null;
                }
                const json = abonnement.toJSON();
                return { endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth };
            } catch {
                return null;
            }
        },

        /** The user agent, from which the server keeps only "Chrome op Android" to name the device in the settings. */
        apparaat: () => navigator.userAgent,

        // Drafts ("concepten"): what someone types in a field marked data-concept="naam" is kept in this tab's
        // sessionStorage, per page and field, until the form says it was posted. A dropped connection or a server restart
        // (the page reloads) loses no typing; closing the tab forgets it (shared computers), and so does the login page.
        concept: {
            /** Puts a kept draft back into each empty marked field of this page and tells Blazor, as typing would. */
            herstel: () => {
                document.querySelectorAll("[data-concept]").forEach(veld => {
                    const tekst = sessionStorage.getItem(conceptSleutel(veld.dataset.concept));
                    if (tekst && !veld.value) {
                        veld.value = tekst;
                        meldAanBlazor(veld);
                    }
                });
            },
            /** After a successful post: forgets the drafts of these fields on this page. */
            wis: (...namen) => namen.forEach(naam => sessionStorage.removeItem(conceptSleutel(naam))),
        },

        /** The endpoint of the current subscription, or null. */
        pushEndpoint: async () => {
            try {
                return (await huidigAbonnement())?.endpoint ?? null;
            } catch {
                return null;
            }
        },
    };
})();
