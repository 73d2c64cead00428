// Service worker of the Dagbesteding Portal (served at /sw.js, scope /).
//
// It does two things and nothing more:
// 1. When a page cannot be loaded because the network is gone, it answers a small Dutch offline page instead of the
//    browser's own error. Only top-level GET navigations are touched: Blazor Server lives on its WebSocket
//    (/_blazor) and the SignalR hubs (/hubs/), and its enhanced navigation uses fetch(); all of that, and every
//    other request, goes to the network exactly as without a service worker. Nothing is served from a cache while
//    the network works, so users never see stale data.
// 2. Web Push: shows the notification the server sends and opens the portal on the linked page when it is clicked.

// Bump the version when offline.html changes: activate then drops the old cache.
const CACHE = "dagbesteding-offline-v1";
const OFFLINE_URL = "/offline.html";
// offline.html carries its css and logo inline, so it is the only file that has to be available offline.
const OFFLINE_BESTANDEN = [OFFLINE_URL];
const ICOON = "/img/icon-192.png";

self.addEventListener("install", event => {
    event.waitUntil((async () => {
        const cache = await caches.open(CACHE);
        // cache: "reload" skips the HTTP cache (static files are cached for an hour), so a new version of the
        // service worker never stores an old offline page.
        await cache.addAll(OFFLINE_BESTANDEN.map(url => new Request(url, { cache: "reload" })));
        // The worker holds no state that an open page depends on, so the new version may take over at once.
        await self.skipWaiting();
    })());
});

self.addEventListener("activate", event => {
    event.waitUntil((async () => {
        const namen = await caches.keys();
        await Promise.all(namen.filter(naam => naam !== CACHE).map(naam => caches.delete(naam)));
        // Navigation preload starts the page request while the worker boots, so having a worker costs no time.
        if (self.registration.navigationPreload) {
            await self.registration.navigationPreload.enable();
        }
        // Take control of pages that were opened before the worker existed (the first visit).
        await self.clients.claim();
    })());
});

self.addEventListener("fetch", event => {
    const verzoek = event.request;
    if (verzoek.method !== "GET" || verzoek.mode !== "navigate") {
        return;
    }
    const url = new URL(verzoek.url);
    if (url.origin !== self.location.origin || url.pathname.startsWith("/_blazor") || url.pathname.startsWith("/hubs/")) {
        return;
    }
    event.respondWith(netwerkOfOfflinePagina(event));
});

async function netwerkOfOfflinePagina(event) {
    try {
        const voorgeladen = await event.preloadResponse;
        if (voorgeladen) {
            return voorgeladen;
        }
        return await fetch(event.request);
    } catch {
        // fetch rejects only when there is no response at all (no network, server unreachable). An HTTP error such as
        // 500 or 404 is a response and reaches the page unchanged above.
        const offline = await caches.match(OFFLINE_URL, { cacheName: CACHE });
        return offline ?? new Response("Geen verbinding", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
}

// Only a path on this site may be opened from a notification: a push message that names another site (or a
// protocol-relative "//host" or "/\host", which browsers read as another host) opens the start page instead.
function veiligeLink(link) {
    if (typeof link !== "string" || !link.startsWith("/") || link.startsWith("//") || link.startsWith("/\\")) {
        return "/";
    }
    try {
        const url = new URL(link, self.location.origin);
        return url.origin === self.location.origin ? url.pathname + url.search + url.hash : "/";
    } catch {
        return "/";
    }
}

self.addEventListener("push", event => {
    let bericht = {};
    try {
        bericht = event.data ? event.data.json() : {};
    } catch {
        // A message that is not JSON still gets a notification: with userVisibleOnly the browser expects one for
        // every push, and a silent push can cost the site its permission.
        bericht = {};
    }
    const titel = typeof bericht.titel === "string" && bericht.titel.trim() ? bericht.titel : "Dagbesteding Portal";
    const opties = {
        body: typeof bericht.tekst === "string" ? bericht.tekst : "",
        icon: ICOON,
        badge: ICOON,
        lang: "nl",
        data: { link: veiligeLink(bericht.link) },
    };
    if (typeof bericht.tag === "string" && bericht.tag) {
        // Same tag: a newer message about the same thing replaces the older one instead of stacking.
        opties.tag = bericht.tag;
        opties.renotify = true;
    }
    event.waitUntil(self.registration.showNotification(titel, opties));
});

self.addEventListener("notificationclick", event => {
    event.notification.close();
    const doel = new URL(veiligeLink(event.notification.data?.link), self.location.origin).href;
    event.waitUntil((async () => {
        // Only windows this worker controls (every portal window, after clients.claim()) can be navigated from here;
        // the focused one goes first.
        const vensters = await self.clients.matchAll({ type: "window" });
        vensters.sort((a, b) => Number(b.focused) - Number(a.focused));
        for (const venster of vensters) {
            try {
                const gefocust = await venster.focus();
                if (gefocust.url !== doel) {
                    // navigate() resolves to null when the window can no longer be reached from here.
                    const genavigeerd = await gefocust.navigate(doel);
                    if (!genavigeerd) {
                        continue;
                    }
                }
                return;
            } catch {
                // The window went away or may not be focused or navigated: try the next one, or open a new window.
            }
        }
        await self.clients.openWindow(doel);
    })());
});

// The push service replaced or dropped the subscription (keys rotated, subscription expired). The worker cannot
// tell the server: it has no session cookie worth trusting and no user at hand. It only tries to subscribe again
// with the same server key, so pushes can resume; the portal compares portal.pushEndpoint() with what the server
// knows the next time the user opens it and registers the new endpoint then. If this fails, the status shows "uit"
// and the user can turn pushes on again.
self.addEventListener("pushsubscriptionchange", event => {
    const sleutel = event.oldSubscription?.options?.applicationServerKey;
    if (!sleutel || event.newSubscription) {
        return;
    }
    event.waitUntil(
        self.registration.pushManager
            .subscribe({ userVisibleOnly: true, applicationServerKey: sleutel })
            .catch(fout => console.warn("Opnieuw abonneren op pushmeldingen mislukte:", fout)));
});
