<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutopilotPage</name>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Autopilot is switched on or off per channel. When it is off for a channel, OpenCX still stores that channel&apos;s conversations but does not reply to them.</source>
        <translation>Autopilot wird pro Kanal ein- oder ausgeschaltet. Ist er für einen Kanal aus, speichert OpenCX die Konversationen dieses Kanals weiterhin, beantwortet sie aber nicht.</translation>
    </message>
    <message>
        <source>I will send the &amp;test message by:</source>
        <translation>Ich sende die &amp;Testnachricht über:</translation>
    </message>
    <message>
        <source>Channel for the test message</source>
        <translation>Kanal für die Testnachricht</translation>
    </message>
    <message>
        <source>Autopilot per channel</source>
        <translation>Autopilot pro Kanal</translation>
    </message>
    <message>
        <source>Turns Autopilot on for the channel you will test on</source>
        <translation>Schaltet Autopilot für den Kanal ein, über den Sie testen</translation>
    </message>
    <message>
        <source>T&amp;urn it on</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <source>Reads the Autopilot settings again</source>
        <translation>Liest die Autopilot-Einstellungen erneut</translation>
    </message>
    <message>
        <source>&amp;Read again from OpenCX</source>
        <translation>Aus OpenCX neu &amp;laden</translation>
    </message>
</context>
<context>
    <name>LegacyAppContent</name>
    <message>
        <source>Open the legacy app your portal already has in HubSpot, check each item below, and tick it here when it matches. Keep this window open beside your browser.</source>
        <translation>Öffnen Sie in HubSpot die Legacy-App, die Ihr Account bereits hat, prüfen Sie jeden Punkt unten und haken Sie ihn hier ab, sobald er stimmt. Lassen Sie dieses Fenster neben Ihrem Browser geöffnet.</translation>
    </message>
    <message>
        <source>No legacy app in your portal?</source>
        <translation>Keine Legacy-App in Ihrem Account?</translation>
    </message>
    <message>
        <source>Connect with &amp;HubSpot instead</source>
        <translation>Stattdessen mit &amp;HubSpot verbinden</translation>
    </message>
    <message>
        <source>On the app&apos;s Scopes tab. Add any that are missing.</source>
        <translation>Im Tab „Bereiche“ der App. Fügen Sie fehlende hinzu.</translation>
    </message>
    <message>
        <source>Required scopes</source>
        <translation>Erforderliche Bereiche</translation>
    </message>
    <message>
        <source>Copies the scopes to paste in HubSpot</source>
        <translation>Kopiert die Bereiche zum Einfügen in HubSpot</translation>
    </message>
    <message>
        <source>Copy &amp;scopes</source>
        <translation>&amp;Bereiche kopieren</translation>
    </message>
    <message>
        <source>On the app&apos;s Webhooks tab, as its target URL. Keep this address private, like a password. Set event throttling high enough for your conversation volume.</source>
        <translation>Im Tab „Webhooks“ der App, als Ziel-URL. Behandeln Sie diese Adresse vertraulich wie ein Passwort. Stellen Sie die Ereignisdrosselung hoch genug für Ihr Konversationsaufkommen ein.</translation>
    </message>
    <message>
        <source>Loading the webhook URL from OpenCX…</source>
        <translation>Webhook-URL wird aus OpenCX geladen…</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Copies the webhook URL to paste in HubSpot</source>
        <translation>Kopiert die Webhook-URL zum Einfügen in HubSpot</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>On the same Webhooks tab, under HubSpot&apos;s names. The third is a ticket subscription: look under Ticket, not Conversation.</source>
        <translation>Im selben Tab „Webhooks“, unter den Namen, die HubSpot dort zeigt. Das dritte ist ein Ticket-Abonnement: Suchen Sie unter „Ticket“, nicht unter „Konversation“.</translation>
    </message>
    <message>
        <source>Webhook subscriptions the app needs</source>
        <translation>Webhook-Abonnements, die die App braucht</translation>
    </message>
    <message>
        <source>On the next page you paste the app&apos;s access token (Auth tab → Show token → Copy).</source>
        <translation>Auf der nächsten Seite fügen Sie das Zugriffstoken der App ein (Tab „Authentifizierung“ → „Token anzeigen“ → „Kopieren“).</translation>
    </message>
</context>
<context>
    <name>LegacyCredentialsContent</name>
    <message>
        <source>1. The private app&apos;s access token</source>
        <translation>1. Das Zugriffstoken der privaten App</translation>
    </message>
    <message>
        <source>In HubSpot, open your legacy app, go to the Auth tab, click Show token, then Copy, and paste it here. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Öffnen Sie in HubSpot Ihre Legacy-App, gehen Sie zum Tab „Authentifizierung“, klicken Sie auf „Token anzeigen“ und dann auf „Kopieren“, und fügen Sie es hier ein. Es wird im Passwortspeicher des Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>pat-na1-…</source>
        <translation>pat-na1-…</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Zugriffstoken der privaten App</translation>
    </message>
    <message>
        <source>Checks the token with HubSpot</source>
        <translation>Prüft das Token bei HubSpot</translation>
    </message>
    <message>
        <source>&amp;Check token</source>
        <translation>Token &amp;prüfen</translation>
    </message>
    <message>
        <source>2. The default user</source>
        <translation>2. Der Standardbenutzer</translation>
    </message>
    <message>
        <source>OpenCX acts as this HubSpot user, for example when it posts replies. Pick a teammate from your portal.</source>
        <translation>OpenCX handelt im Namen dieses HubSpot-Benutzers, zum Beispiel wenn es Antworten sendet. Wählen Sie ein Teammitglied aus Ihrem Account.</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>Or type the &amp;user ID:</source>
        <translation>Oder &amp;Benutzer-ID eingeben:</translation>
    </message>
    <message>
        <source>12345678 or the profile address</source>
        <translation>12345678 oder die Profiladresse</translation>
    </message>
    <message>
        <source>HubSpot user ID or profile address</source>
        <translation>HubSpot-Benutzer-ID oder Profiladresse</translation>
    </message>
    <message>
        <source>Uses the typed user ID as the default user</source>
        <translation>Verwendet die eingegebene Benutzer-ID als Standardbenutzer</translation>
    </message>
    <message>
        <source>Use &amp;this ID</source>
        <translation>Diese ID &amp;verwenden</translation>
    </message>
    <message>
        <source>Saves the token and the default user in OpenCX</source>
        <translation>Speichert das Token und den Standardbenutzer in OpenCX</translation>
    </message>
    <message>
        <source>&amp;Save in OpenCX</source>
        <translation>In OpenCX &amp;speichern</translation>
    </message>
</context>
<context>
    <name>ManagePage</name>
    <message>
        <source>HubSpot connection</source>
        <translation>HubSpot-Verbindung</translation>
    </message>
    <message>
        <source>This HubSpot portal is already connected to OpenCX. Change what you need, or run the test message again.</source>
        <translation>Dieser HubSpot-Account ist bereits mit OpenCX verbunden. Ändern Sie, was nötig ist, oder senden Sie die Testnachricht erneut.</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Empfohlene Aktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>HubSpot portal</source>
        <translation>HubSpot-Account</translation>
    </message>
    <message>
        <source>OpenCX organization</source>
        <translation>OpenCX-Organisation</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>Absender der KI</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>E-Mail-Signaturen</translation>
    </message>
    <message>
        <source>Last test message</source>
        <translation>Letzte Testnachricht</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Change who the AI &amp;posts as</source>
        <translation>Ab&amp;sender ändern</translation>
    </message>
    <message>
        <source>Change who the AI posts as</source>
        <translation>Absender der KI ändern</translation>
    </message>
    <message>
        <source>Change &amp;Autopilot</source>
        <translation>Auto&amp;pilot ändern</translation>
    </message>
    <message>
        <source>Change Autopilot per channel</source>
        <translation>Autopilot pro Kanal ändern</translation>
    </message>
    <message>
        <source>Email &amp;signatures</source>
        <translation>E-Mail-Si&amp;gnaturen</translation>
    </message>
    <message>
        <source>Edit email signatures</source>
        <translation>E-Mail-Signaturen bearbeiten</translation>
    </message>
    <message>
        <source>Runs the test message checklist again</source>
        <translation>Führt die Checkliste zur Testnachricht erneut aus</translation>
    </message>
    <message>
        <source>&amp;Run the test again</source>
        <translation>&amp;Test wiederholen</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>OpenCX stops reading and answering this portal&apos;s conversations. Existing OpenCX sessions stay available.</source>
        <translation>OpenCX liest und beantwortet die Konversationen dieses Accounts nicht mehr. Bestehende OpenCX-Sitzungen bleiben verfügbar.</translation>
    </message>
    <message>
        <source>Disco&amp;nnect…</source>
        <translation>T&amp;rennen…</translation>
    </message>
    <message>
        <source>Disconnect HubSpot from OpenCX</source>
        <translation>HubSpot von OpenCX trennen</translation>
    </message>
</context>
<context>
    <name>MethodContent</name>
    <message>
        <source>Choose how OpenCX connects to your HubSpot portal.</source>
        <translation>Wählen Sie, wie OpenCX sich mit Ihrem HubSpot-Account verbindet.</translation>
    </message>
    <message>
        <source>Confirm switching the connection method</source>
        <translation>Wechsel der Verbindungsart bestätigen</translation>
    </message>
    <message>
        <source>Disconnects the portal, then switches the connection method</source>
        <translation>Trennt den Account und wechselt dann die Verbindungsart</translation>
    </message>
    <message>
        <source>Disconnect and s&amp;witch</source>
        <translation>&amp;Trennen und wechseln</translation>
    </message>
    <message>
        <source>&amp;Keep the current connection</source>
        <translation>Aktuelle Verbindung &amp;behalten</translation>
    </message>
    <message>
        <source>Keep the current connection</source>
        <translation>Aktuelle Verbindung behalten</translation>
    </message>
    <message>
        <source>What&apos;s the difference between the two ways to connect?</source>
        <translation>Was unterscheidet die beiden Verbindungsarten?</translation>
    </message>
    <message>
        <source>Comparison of the two connection methods</source>
        <translation>Vergleich der beiden Verbindungsarten</translation>
    </message>
    <message>
        <source>Workflow actions (pause, resume, send to AI, request handoff) are available only with Connect with HubSpot.</source>
        <translation>Workflow-Aktionen (pausieren, fortsetzen, an die KI senden, Übergabe anfordern) gibt es nur mit „Mit HubSpot verbinden“.</translation>
    </message>
</context>
<context>
    <name>OAuthConnectContent</name>
    <message>
        <source>Connect in the browser</source>
        <translation>Im Browser verbinden</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>✓ Connected with HubSpot</source>
        <translation>✓ Mit HubSpot verbunden</translation>
    </message>
    <message>
        <source>Connected with HubSpot</source>
        <translation>Mit HubSpot verbunden</translation>
    </message>
</context>
<context>
    <name>PrerequisitesContent</name>
    <message>
        <source>Connect your HubSpot portal to OpenCX so the AI answers your customers in HubSpot.</source>
        <translation>Verbinden Sie Ihren HubSpot-Account mit OpenCX, damit die KI Ihren Kunden in HubSpot antwortet.</translation>
    </message>
    <message>
        <source>When a conversation needs a person, OpenCX hands it to your team. Setup takes about ten minutes; you can close this assistant at any time and it reopens where you stopped.</source>
        <translation>Wenn eine Konversation einen Menschen braucht, übergibt OpenCX sie an Ihr Team. Die Einrichtung dauert etwa zehn Minuten. Sie können den Assistenten jederzeit schließen; er macht beim nächsten Öffnen dort weiter, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Make sure that:</source>
        <translation>Bitte prüfen Sie:</translation>
    </message>
    <message>
        <source>Prerequisites checklist</source>
        <translation>Checkliste der Voraussetzungen</translation>
    </message>
    <message>
        <source>Items marked &quot;checked automatically&quot; were confirmed by OpenCX or HubSpot; the assistant checks the others again as soon as it can.</source>
        <translation>Punkte, die als „automatisch geprüft“ markiert sind, wurden von OpenCX oder HubSpot bestätigt; die übrigen prüft der Assistent erneut, sobald er kann.</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Who the AI posts as</source>
        <translation>Absender der KI</translation>
    </message>
    <message>
        <source>Pick the HubSpot teammate OpenCX attributes its replies to: click a name and it is saved. Customers see this teammate&apos;s name on email replies. A dedicated AI teammate (for example &quot;Acme Assistant&quot;) makes it clear that a reply came from the AI.</source>
        <translation>Wählen Sie das HubSpot-Teammitglied, in dessen Namen OpenCX antwortet: Ein Klick auf einen Namen speichert ihn. Kunden sehen diesen Namen bei Antworten per E-Mail. Ein eigenes KI-Teammitglied (zum Beispiel „Acme-Assistent“) macht klar, dass eine Antwort von der KI stammt.</translation>
    </message>
    <message>
        <source>The AI does not post as anyone yet.</source>
        <translation>Für die KI ist noch kein Absender festgelegt.</translation>
    </message>
    <message>
        <source>Reads the teammates from HubSpot again</source>
        <translation>Liest die Teammitglieder erneut aus HubSpot</translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation>Liste neu &amp;laden</translation>
    </message>
</context>
<context>
    <name>SignInContent</name>
    <message>
        <source>Sign in with the OpenCX account you use for the dashboard. Your browser opens on the OpenCX sign-in page; after you sign in there, come back here: this window continues on its own.</source>
        <translation>Melden Sie sich mit dem OpenCX-Konto an, das Sie für das Dashboard verwenden. Ihr Browser öffnet die Anmeldeseite von OpenCX. Kommen Sie nach der Anmeldung hierher zurück: Dieses Fenster macht von selbst weiter.</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Anmeldung im Browser</translation>
    </message>
    <message>
        <source>Use an &amp;API key instead</source>
        <translation>Stattdessen &amp;API-Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Use an API key instead</source>
        <translation>Stattdessen einen API-Schlüssel verwenden</translation>
    </message>
    <message>
        <source>API key sign-in</source>
        <translation>Anmeldung mit API-Schlüssel</translation>
    </message>
    <message>
        <source>Create an API key in the OpenCX dashboard (Settings → Access) and paste it here. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Erstellen Sie im OpenCX-Dashboard einen API-Schlüssel (unter „Settings → Access“) und fügen Sie ihn hier ein. Er wird im Passwortspeicher des Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>ocx_key_…</source>
        <translation>ocx_key_…</translation>
    </message>
    <message>
        <source>OpenCX API key</source>
        <translation>OpenCX-API-Schlüssel</translation>
    </message>
    <message>
        <source>Sign in with &amp;key</source>
        <translation>Mit &amp;Schlüssel anmelden</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign out of OpenCX</source>
        <translation>Von OpenCX abmelden</translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>E-Mail-Signaturen</translation>
    </message>
    <message>
        <source>Signatures are added to the AI&apos;s email replies by the sender&apos;s email domain. Use a domain such as &lt;b&gt;open.cx&lt;/b&gt; for one domain, or &lt;b&gt;*.nl&lt;/b&gt; for every address ending in .nl. An exact domain always wins over a wildcard. This step is optional.</source>
        <translation>Die KI setzt unter ihre E-Mail-Antworten eine Signatur, je nach Domain der sendenden E-Mail-Adresse. Verwenden Sie eine Domain wie &lt;b&gt;open.cx&lt;/b&gt; für genau eine Domain oder &lt;b&gt;*.nl&lt;/b&gt; für jede Adresse, die auf .nl endet. Eine genaue Domain hat immer Vorrang vor einem Platzhalter. Dieser Schritt ist optional.</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Signature rules</source>
        <translation>Signaturregeln</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a signature rule</source>
        <translation>Signaturregel hinzufügen</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected signature rule</source>
        <translation>Ausgewählte Signaturregel entfernen</translation>
    </message>
    <message>
        <source>Domain &amp;pattern</source>
        <translation>Domain-&amp;Muster</translation>
    </message>
    <message>
        <source>open.cx or *.nl</source>
        <translation>open.cx oder *.nl</translation>
    </message>
    <message>
        <source>Domain pattern</source>
        <translation>Domain-Muster</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>Si&amp;gnatur</translation>
    </message>
    <message>
        <source>Pre&amp;view (what will be saved)</source>
        <translation>&amp;Vorschau (so wird gespeichert)</translation>
    </message>
    <message>
        <source>Edit the &amp;HTML (advanced: paste a signature made elsewhere)</source>
        <translation>H&amp;TML bearbeiten (erweitert: fertige Signatur einfügen)</translation>
    </message>
    <message>
        <source>Signature HTML: paste it here, or change it. Scripts and anything that loads from the internet are removed.</source>
        <translation>HTML der Signatur: Fügen Sie es hier ein oder ändern Sie es. Skripte und alles, was aus dem Internet nachgeladen wird, werden entfernt.</translation>
    </message>
    <message>
        <source>Signature HTML</source>
        <translation>HTML der Signatur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kind regards,&lt;br&gt;The Acme team&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit freundlichen Grüßen&lt;br&gt;Ihr Acme-Team&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saves the signature rule in OpenCX</source>
        <translation>Speichert die Signaturregel in OpenCX</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>Regel &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Which signature would an email from this address get?</source>
        <translation>Welche Signatur be&amp;käme eine E-Mail von dieser Adresse?</translation>
    </message>
    <message>
        <source>anna@shop.nl</source>
        <translation>anna@shop.nl</translation>
    </message>
    <message>
        <source>Email address to test</source>
        <translation>E-Mail-Adresse zum Testen</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>AI posts as</source>
        <translation>Absender der KI</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>This is what was set up. You can change any of it later by opening this assistant again.</source>
        <translation>Das wurde eingerichtet. Sie können alles später ändern, indem Sie diesen Assistenten erneut öffnen.</translation>
    </message>
    <message>
        <source>What was set up</source>
        <translation>Was eingerichtet wurde</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>HubSpot portal</source>
        <translation>HubSpot-Account</translation>
    </message>
    <message>
        <source>OpenCX organization</source>
        <translation>OpenCX-Organisation</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>E-Mail-Signaturen</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Workflow-Aktionen</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testnachricht</translation>
    </message>
    <message>
        <source>A file for OpenCX support about this setup</source>
        <translation>Eine Datei über diese Einrichtung für den OpenCX-Support</translation>
    </message>
    <message>
        <source>&amp;Export diagnostics…</source>
        <translation>Diagnosedatei &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>TestChecklistPage</name>
    <message>
        <source>&amp;Start the test</source>
        <translation>Test &amp;starten</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Prove that the connection works: send one message the way a customer would, and watch each step of the guide tick itself as it happens.</source>
        <translation>Prüfen Sie, ob die Verbindung funktioniert: Senden Sie eine Nachricht so, wie ein Kunde es tun würde, und sehen Sie zu, wie sich jeder Schritt der Anleitung von selbst abhakt.</translation>
    </message>
    <message>
        <source>1. Before you send</source>
        <translation>1. Vor dem Senden</translation>
    </message>
    <message>
        <source>Send the test message by:</source>
        <translation>Testnachricht senden über:</translation>
    </message>
    <message>
        <source>Channel for the test message</source>
        <translation>Kanal für die Testnachricht</translation>
    </message>
    <message>
        <source>T&amp;urn Autopilot on</source>
        <translation>Autopilot &amp;einschalten</translation>
    </message>
    <message>
        <source>Turn Autopilot on for the test channel</source>
        <translation>Autopilot für den Testkanal einschalten</translation>
    </message>
    <message>
        <source>2. Where to send it</source>
        <translation>2. Wohin Sie die Nachricht senden</translation>
    </message>
    <message>
        <source>The message must come in through a channel HubSpot owns: your HubSpot chat widget, or an email address routed through a HubSpot inbox. A message sent anywhere else never reaches HubSpot, so OpenCX cannot see it.</source>
        <translation>Die Nachricht muss über einen Kanal von HubSpot eingehen: Ihr HubSpot-Chat-Widget oder eine E-Mail-Adresse, die über ein HubSpot-Postfach läuft. Eine Nachricht an eine andere Stelle erreicht HubSpot nie, daher kann OpenCX sie nicht sehen.</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>3. Watch it happen</source>
        <translation>3. Den Ablauf verfolgen</translation>
    </message>
    <message>
        <source>A practice customer sends the test message for you</source>
        <translation>Ein Übungskunde sendet die Testnachricht für Sie</translation>
    </message>
    <message>
        <source>Send a &amp;test message as a customer</source>
        <translation>Als Kunde &amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>Watches for another test message in the same test</source>
        <translation>Wartet im selben Test auf eine weitere Testnachricht</translation>
    </message>
    <message>
        <source>&amp;Watch for another message</source>
        <translation>Auf weitere &amp;Nachricht warten</translation>
    </message>
    <message>
        <source>Asks for a handoff to a person, as a customer would</source>
        <translation>Bittet wie ein Kunde um Übergabe an einen Menschen</translation>
    </message>
    <message>
        <source>Request &amp;handoff</source>
        <translation>&amp;Übergabe anfordern</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Test starten</translation>
    </message>
    <message>
        <source>Skips the test for now; you can run it later</source>
        <translation>Überspringt den Test vorerst; Sie können ihn später ausführen</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Vorerst übe&amp;rspringen</translation>
    </message>
</context>
<context>
    <name>WorkflowActionsPage</name>
    <message>
        <source>Workflow actions</source>
        <translation>Workflow-Aktionen</translation>
    </message>
    <message>
        <source>Connecting with HubSpot added four OpenCX actions to your HubSpot workflows. Use them when HubSpot rules should control the AI. You find them in HubSpot under Automation → Workflows, when you add an action to a workflow. There is nothing to set up here.</source>
        <translation>Durch die Verbindung mit HubSpot stehen in Ihren HubSpot-Workflows vier OpenCX-Aktionen bereit. Verwenden Sie sie, wenn Regeln in HubSpot die KI steuern sollen. Sie finden sie in HubSpot unter Automatisierung → Workflows, wenn Sie einem Workflow eine Aktion hinzufügen. Hier ist nichts einzurichten.</translation>
    </message>
    <message>
        <source>The four actions</source>
        <translation>Die vier Aktionen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aktion&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Use it when&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verwenden, wenn&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;In your portal&lt;/b&gt;</source>
        <translation>&lt;b&gt;In Ihrem Account&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check again which workflow actions are installed</source>
        <translation>Erneut prüfen, welche Workflow-Aktionen installiert sind</translation>
    </message>
</context>
<context>
    <name>cli.answers_input</name>
    <message>
        <source>OpenCX API key</source>
        <translation>OpenCX-API-Schlüssel</translation>
    </message>
    <message>
        <source>private app token</source>
        <translation>Zugriffstoken der privaten App</translation>
    </message>
    <message>
        <source>%1 cannot be read (its links lead nowhere)</source>
        <translation>%1 kann nicht gelesen werden (die Verknüpfung führt ins Leere)</translation>
    </message>
    <message>
        <source>%1 is outside the folder of the answers file; keep signature files in that folder or below it</source>
        <translation>%1 liegt außerhalb des Ordners der Antwortdatei; legen Sie Signaturdateien in diesen Ordner oder einen Unterordner</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB, the most a signature may be</source>
        <translation>%1 ist größer als %2 KiB, die Höchstgröße für eine Signatur</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; is it the right file?</source>
        <translation>%1 ist größer als %2 KiB; ist das die richtige Datei?</translation>
    </message>
    <message>
        <source>Set %1 to the %2 before running the command.</source>
        <translation>Setzen Sie vor dem Ausführen des Befehls die Umgebungsvariable %1 (Inhalt: %2).</translation>
    </message>
    <message>
        <source>Store the %1 in the system keychain under &quot;%2&quot;.</source>
        <translation>Legen Sie im Passwortspeicher des Computers den Eintrag „%2“ an (Inhalt: %1).</translation>
    </message>
    <message>
        <source>Pipe the %1 into the command, for example: ... &lt; key.txt</source>
        <translation>Übergeben Sie dem Befehl den Wert über die Standardeingabe (%1), zum Beispiel: ... &lt; key.txt</translation>
    </message>
</context>
<context>
    <name>cli.apply</name>
    <message>
        <source>Setup is complete.</source>
        <translation>Die Einrichtung ist abgeschlossen.</translation>
    </message>
    <message>
        <source>%1: the practice customer exists only in the sandbox</source>
        <translation>%1: Den Übungskunden gibt es nur in der Sandbox</translation>
    </message>
</context>
<context>
    <name>cli.apply_steps</name>
    <message>
        <source>confirmed in the answers file</source>
        <translation>in der Antwortdatei bestätigt</translation>
    </message>
    <message>
        <source>%1 is checked when HubSpot is connected</source>
        <translation>%1 wird geprüft, sobald HubSpot verbunden ist</translation>
    </message>
    <message>
        <source>%1 is not confirmed and HubSpot cannot tell; %2 is checked when HubSpot is connected</source>
        <translation>%1 ist nicht bestätigt und HubSpot kann es nicht melden; %2 wird geprüft, sobald HubSpot verbunden ist</translation>
    </message>
    <message>
        <source>%1 is not confirmed and HubSpot cannot tell; %2 confirmed</source>
        <translation>%1 ist nicht bestätigt und HubSpot kann es nicht melden; %2 bestätigt</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), with the API key</source>
        <translation>%1 (%2 bei %3), mit dem API-Schlüssel</translation>
    </message>
    <message>
        <source>Opening your browser to sign in to OpenCX ...</source>
        <translation>Ihr Browser wird zur Anmeldung bei OpenCX geöffnet ...</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), in the browser</source>
        <translation>%1 (%2 bei %3), im Browser</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), with the saved session</source>
        <translation>%1 (%2 bei %3), mit der gespeicherten Anmeldung</translation>
    </message>
    <message>
        <source>Your role is %1.</source>
        <translation>Ihre Rolle ist %1.</translation>
    </message>
    <message>
        <source>Using the sandbox&apos;s practice %1 (%2 is empty).</source>
        <translation>Der Übungswert der Sandbox für %1 wird verwendet (%2 ist leer).</translation>
    </message>
    <message>
        <source>Once it is fixed, stop this command with Ctrl+C and run it again.</source>
        <translation>Sobald das behoben ist, beenden Sie diesen Befehl mit Strg+C und führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <source>Waiting for you in the browser. If it did not open, visit:</source>
        <translation>Der Browser wartet auf Sie. Falls er sich nicht geöffnet hat, rufen Sie diese Adresse auf:</translation>
    </message>
    <message>
        <source>The browser answered; finishing ...</source>
        <translation>Der Browser hat geantwortet; wird abgeschlossen ...</translation>
    </message>
    <message>
        <source>portal %1 is already connected</source>
        <translation>Account %1 ist bereits verbunden</translation>
    </message>
    <message>
        <source>Opening your browser to approve OpenCX in HubSpot ...</source>
        <translation>Ihr Browser wird geöffnet, um OpenCX in HubSpot freizugeben ...</translation>
    </message>
    <message>
        <source>connected portal %1</source>
        <translation>Account %1 verbunden</translation>
    </message>
    <message>
        <source>HubSpot no longer lets OpenCX into %1: reconnecting ...</source>
        <translation>HubSpot lässt OpenCX nicht mehr auf %1 zugreifen: wird erneut verbunden ...</translation>
    </message>
    <message>
        <source>Moving OpenCX to %1, as [oauth] portal_id says.</source>
        <translation>OpenCX wird auf %1 umgestellt, wie [oauth] portal_id es angibt.</translation>
    </message>
    <message>
        <source>Switching %1 from the legacy private app to “Connect with HubSpot” (the guide&apos;s OAuth Public App), without disconnecting ...</source>
        <translation>%1 wird ohne Trennen von der privaten Legacy-App auf „Mit HubSpot verbinden“ (die OAuth Public App der Anleitung) umgestellt ...</translation>
    </message>
    <message>
        <source>switched to Connect with HubSpot: portal %1</source>
        <translation>auf „Mit HubSpot verbinden“ umgestellt: Account %1</translation>
    </message>
    <message>
        <source>reconnected: portal %1</source>
        <translation>erneut verbunden: Account %1</translation>
    </message>
    <message>
        <source>token accepted by HubSpot for portal %1</source>
        <translation>Token von HubSpot für Account %1 akzeptiert</translation>
    </message>
    <message>
        <source>not a HubSpot user</source>
        <translation>kein HubSpot-Benutzer</translation>
    </message>
    <message>
        <source>OpenCX acts as HubSpot user %1, not %2. Changing the default user needs a disconnect and a new connection.</source>
        <translation>OpenCX handelt im Namen von HubSpot-Benutzer %1, nicht von %2. Um den Standardbenutzer zu ändern, müssen Sie trennen und neu verbinden.</translation>
    </message>
    <message>
        <source>the OAuth path needs a [sender] (email = ...)</source>
        <translation>der OAuth-Weg braucht einen Abschnitt [sender] (email = ...)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (beibehalten)</translation>
    </message>
    <message>
        <source>no HubSpot teammate has the email %1 (teammates: %2)</source>
        <translation>kein HubSpot-Teammitglied hat die E-Mail-Adresse %1 (Teammitglieder: %2)</translation>
    </message>
    <message>
        <source>no HubSpot teammate has the owner id %1 (teammates: %2)</source>
        <translation>kein HubSpot-Teammitglied hat die Owner-ID %1 (Teammitglieder: %2)</translation>
    </message>
    <message>
        <source>turned %1 (now: %2)</source>
        <translation>umgestellt: %1 (jetzt: %2)</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 an</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 aus</translation>
    </message>
    <message>
        <source>not a domain pattern</source>
        <translation>kein Domain-Muster</translation>
    </message>
    <message>
        <source>not usable HTML</source>
        <translation>kein verwendbares HTML</translation>
    </message>
    <message>
        <source>the rule was refused</source>
        <translation>die Regel wurde abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>added %1; updated %2 (%n rule(s) in all)</source>
        <translation>
            <numerusform>hinzugefügt: %1; aktualisiert: %2 (%n Regel insgesamt)</numerusform>
            <numerusform>hinzugefügt: %1; aktualisiert: %2 (%n Regeln insgesamt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added %1 (%n rule(s) in all)</source>
        <translation>
            <numerusform>hinzugefügt: %1 (%n Regel insgesamt)</numerusform>
            <numerusform>hinzugefügt: %1 (%n Regeln insgesamt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %1 (%n rule(s) in all)</source>
        <translation>
            <numerusform>aktualisiert: %1 (%n Regel insgesamt)</numerusform>
            <numerusform>aktualisiert: %1 (%n Regeln insgesamt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), all as in the answers file</source>
        <translation>
            <numerusform>%n Regel, wie in der Antwortdatei</numerusform>
            <numerusform>%n Regeln, alle wie in der Antwortdatei</numerusform>
        </translation>
    </message>
    <message>
        <source>the answers file says run = false</source>
        <translation>in der Antwortdatei steht run = false</translation>
    </message>
    <message>
        <source>the simulated customer exists only in the sandbox</source>
        <translation>den simulierten Kunden gibt es nur in der Sandbox</translation>
    </message>
    <message>
        <source>Watching for another message in the same test ...</source>
        <translation>Im selben Test wird auf eine weitere Nachricht gewartet ...</translation>
    </message>
    <message>
        <source>the test finished; not every item happened, as set up (test run %1)</source>
        <translation>der Test ist beendet; wie eingestellt, ist nicht jeder Punkt eingetreten (Testlauf %1)</translation>
    </message>
    <message>
        <source>all checks passed (test run %1)</source>
        <translation>alle Prüfpunkte bestanden (Testlauf %1)</translation>
    </message>
    <message>
        <source>The simulated customer sends the test message ...</source>
        <translation>Der simulierte Kunde sendet die Testnachricht ...</translation>
    </message>
    <message>
        <source>Asking OpenCX to hand the conversation to a human ...</source>
        <translation>OpenCX wird gebeten, die Konversation an einen Menschen zu übergeben ...</translation>
    </message>
</context>
<context>
    <name>cli.doctor</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n thing(s).</source>
        <translation>
            <numerusform>%n Punkt braucht Aufmerksamkeit.</numerusform>
            <numerusform>%n Punkte brauchen Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything that can be checked is fine.</source>
        <translation>Alles, was sich prüfen lässt, ist in Ordnung.</translation>
    </message>
    <message>
        <source>Wrote the diagnostics bundle %1</source>
        <translation>Diagnosedatei %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>cli.doctor_checks</name>
    <message>
        <source>Not signed in to OpenCX.</source>
        <translation>Nicht bei OpenCX angemeldet.</translation>
    </message>
    <message>
        <source>Sign in with the assistant, or give an owner&apos;s or admin&apos;s API key.</source>
        <translation>Melden Sie sich im Assistenten an oder geben Sie den API-Schlüssel eines Inhabers oder Admins an.</translation>
    </message>
    <message>
        <source>OpenCX is reachable; signed in as %1 (%2).</source>
        <translation>OpenCX ist erreichbar; angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>Your OpenCX role is %1; only owners and admins can manage the HubSpot connection.</source>
        <translation>Ihre OpenCX-Rolle ist %1; nur Inhaber und Admins können die HubSpot-Verbindung verwalten.</translation>
    </message>
    <message>
        <source>Ask an owner of the organization to make you an admin.</source>
        <translation>Bitten Sie einen Inhaber der Organisation, Sie zum Admin zu machen.</translation>
    </message>
    <message>
        <source>OpenCX role: %1.</source>
        <translation>OpenCX-Rolle: %1.</translation>
    </message>
    <message>
        <source>HubSpot is not connected to this OpenCX organization.</source>
        <translation>HubSpot ist nicht mit dieser OpenCX-Organisation verbunden.</translation>
    </message>
    <message>
        <source>Run the assistant (or `apply`) to connect HubSpot.</source>
        <translation>Starten Sie den Assistenten (oder `apply`), um HubSpot zu verbinden.</translation>
    </message>
    <message>
        <source>Reconnect required: %1</source>
        <translation>Erneute Verbindung nötig: %1</translation>
    </message>
    <message>
        <source>%1: in the assistant&apos;s HubSpot connection page, or run `apply` with your OAuth answers file. %2</source>
        <translation>%1: auf der Seite „HubSpot-Verbindung“ des Assistenten, oder führen Sie `apply` mit Ihrer OAuth-Antwortdatei aus. %2</translation>
    </message>
    <message>
        <source>Connected via %1 to portal %2 (%3).</source>
        <translation>Über %1 mit Account %2 verbunden (%3).</translation>
    </message>
    <message>
        <source>Connected via %1 to portal %2.</source>
        <translation>Über %1 mit Account %2 verbunden.</translation>
    </message>
    <message>
        <source>Action recommended: this portal still uses a legacy private app. Switching it to “Connect with HubSpot” (the guide&apos;s OAuth Public App) adds workflow actions, renews access by itself, sets up webhooks for you and lets agents take over faster.</source>
        <translation>Empfohlene Aktion: Dieser Account nutzt noch eine private Legacy-App. Der Umstieg auf „Mit HubSpot verbinden“ (die OAuth Public App der Anleitung) bringt Workflow-Aktionen, erneuert den Zugriff von selbst, richtet die Benachrichtigungen von HubSpot an OpenCX (Webhooks) für Sie ein und lässt Ihr Team schneller übernehmen.</translation>
    </message>
    <message>
        <source>%1: in the assistant&apos;s HubSpot connection page, or run `apply` with an OAuth answers file. %2</source>
        <translation>%1: auf der Seite „HubSpot-Verbindung“ des Assistenten, oder führen Sie `apply` mit einer OAuth-Antwortdatei aus. %2</translation>
    </message>
    <message>
        <source>Workflow actions not installed: %1.</source>
        <translation>Workflow-Aktionen nicht installiert: %1.</translation>
    </message>
    <message>
        <source>Reconnect through OAuth to install them.</source>
        <translation>Verbinden Sie erneut über OAuth, um sie zu installieren.</translation>
    </message>
    <message>
        <source>No teammate is set for the AI to post as, so AI replies cannot be posted.</source>
        <translation>Kein Teammitglied ist als Absender der KI festgelegt, daher kann die KI keine Antworten senden.</translation>
    </message>
    <message>
        <source>Pick the AI sender in the assistant (Who the AI posts as).</source>
        <translation>Wählen Sie im Assistenten den Absender der KI (Schritt „Absender der KI“).</translation>
    </message>
    <message>
        <source>The AI posts as %1.</source>
        <translation>Die KI schreibt als %1.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, the channel you test on: OpenCX stores %1 conversations but does not reply to them.</source>
        <translation>Autopilot ist für %1 aus, den Kanal, über den Sie testen: OpenCX speichert %1-Konversationen, beantwortet sie aber nicht.</translation>
    </message>
    <message>
        <source>Turn Autopilot on for %1 (assistant: Autopilot page).</source>
        <translation>Schalten Sie Autopilot für %1 ein (im Assistenten: Schritt „Autopilot“).</translation>
    </message>
    <message>
        <source>Autopilot: %1.</source>
        <translation>Autopilot: %1.</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 an</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 aus</translation>
    </message>
    <message>
        <source>not in canonical form</source>
        <translation>nicht in Normalform</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some email signature rules are not valid: %1.</source>
        <translation>Einige Regeln für E-Mail-Signaturen sind ungültig: %1.</translation>
    </message>
    <message>
        <source>Edit or remove them in the assistant (Email signatures).</source>
        <translation>Bearbeiten oder entfernen Sie sie im Assistenten (Schritt „E-Mail-Signaturen“).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n email signature rule(s) (%1).</source>
        <translation>
            <numerusform>%n Regel für E-Mail-Signaturen (%1).</numerusform>
            <numerusform>%n Regeln für E-Mail-Signaturen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The private app token is not on this computer, so its scopes were not checked.</source>
        <translation>Das Zugriffstoken der privaten App ist nicht auf diesem Computer, daher wurden seine Bereiche nicht geprüft.</translation>
    </message>
    <message>
        <source>Set %1 to check them.</source>
        <translation>Setzen Sie %1, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>The private app token for portal %1 is missing scopes: %2.</source>
        <translation>Dem Zugriffstoken der privaten App für Account %1 fehlen Bereiche: %2.</translation>
    </message>
    <message>
        <source>Add the missing scopes to the legacy app in HubSpot and commit the change.</source>
        <translation>Fügen Sie die fehlenden Bereiche in HubSpot zur Legacy-App hinzu und übernehmen Sie die Änderung.</translation>
    </message>
    <message>
        <source>The private app token for portal %1 has every required scope.</source>
        <translation>Das Zugriffstoken der privaten App für Account %1 hat alle erforderlichen Bereiche.</translation>
    </message>
    <message>
        <source>The test message checklist has not been run on this computer.</source>
        <translation>Die Checkliste zur Testnachricht wurde auf diesem Computer noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Run it from the assistant (Send a test message) to prove the connection.</source>
        <translation>Führen Sie sie im Assistenten aus (Schritt „Testnachricht senden“), um die Verbindung zu prüfen.</translation>
    </message>
    <message>
        <source>The last test run (%1) passed.</source>
        <translation>Der letzte Testlauf (%1) war erfolgreich.</translation>
    </message>
    <message>
        <source>not every check passed</source>
        <translation>nicht alle Prüfpunkte bestanden</translation>
    </message>
    <message>
        <source>The last test run (%1) did not pass: %2.</source>
        <translation>Der letzte Testlauf (%1) war nicht erfolgreich: %2.</translation>
    </message>
    <message>
        <source>Run the test again.</source>
        <translation>Führen Sie den Test erneut aus.</translation>
    </message>
</context>
<context>
    <name>cli.export_answers</name>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>cli.hubspot_command</name>
    <message>
        <source>standard input or %1</source>
        <translation>Standardeingabe oder %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Erteilte Bereiche: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Missing scopes: %1</source>
        <translation>Fehlende Bereiche: %1</translation>
    </message>
    <message>
        <source>Add them on the legacy app&apos;s Scopes tab in HubSpot, commit the change, and check again.</source>
        <translation>Fügen Sie sie in HubSpot im Tab „Bereiche“ der Legacy-App hinzu, übernehmen Sie die Änderung und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Every required scope is granted.</source>
        <translation>Alle erforderlichen Bereiche sind erteilt.</translation>
    </message>
    <message>
        <source>First teammates:</source>
        <translation>Erste Teammitglieder:</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (Benutzer-ID %2)</translation>
    </message>
</context>
<context>
    <name>cli.progress_output</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>already set</source>
        <translation>bereits eingestellt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>[%1] %2 ...</source>
        <translation>[%1] %2 ...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Was passiert ist: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>cli.sandbox_command</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Sandbox scenario %1 serving at %2</source>
        <translation>Sandbox-Szenario %1 läuft unter %2</translation>
    </message>
    <message>
        <source>OpenCX URL:</source>
        <translation>OpenCX-URL:</translation>
    </message>
    <message>
        <source>HubSpot API URL:</source>
        <translation>HubSpot-API-URL:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Practice customer:</source>
        <translation>Übungskunde:</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Strg+C drücken.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox beendet.</translation>
    </message>
</context>
<context>
    <name>flow.answers</name>
    <message>
        <source>HubSpot account with Service Hub Starter or above</source>
        <translation>HubSpot-Account mit Service Hub Starter oder höher</translation>
    </message>
    <message>
        <source>The integration uses HubSpot&apos;s conversations and ticketing tools.</source>
        <translation>Die Integration nutzt die Konversations- und Ticket-Tools von HubSpot.</translation>
    </message>
    <message>
        <source>You may connect apps to the HubSpot portal</source>
        <translation>Sie dürfen Apps mit dem HubSpot-Account verbinden</translation>
    </message>
    <message>
        <source>In HubSpot that means a super admin, or a user with the App Marketplace Access permission, in the portal OpenCX will use.</source>
        <translation>In HubSpot heißt das: Super-Admin oder Benutzer mit der Berechtigung „Zugriff auf App Marketplace“ in dem Account, den OpenCX nutzen soll.</translation>
    </message>
    <message>
        <source>You are an owner or admin in OpenCX</source>
        <translation>Sie sind Inhaber oder Admin in OpenCX</translation>
    </message>
    <message>
        <source>Only organization owners and admins can save integration settings.</source>
        <translation>Nur Inhaber und Admins der Organisation können Integrationseinstellungen speichern.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>Owner-ID %1</translation>
    </message>
</context>
<context>
    <name>flow.answers_file</name>
    <message>
        <source>name exactly one place for the secret: env = &quot;VARIABLE&quot;, keyring = &quot;entry name&quot;, or stdin = true</source>
        <translation>geben Sie genau eine Quelle für den geheimen Wert an: env = &quot;VARIABLE&quot;, keyring = &quot;Eintragsname&quot; oder stdin = true</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>the keyring entry &quot;%1&quot;</source>
        <translation>Eintrag „%1“ im Passwortspeicher</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>sign_in = &quot;api_key&quot; needs api_key = { env = &quot;OPENCX_API_KEY&quot; } (or a keyring entry, or stdin = true)</source>
        <translation>sign_in = &quot;api_key&quot; braucht api_key = { env = &quot;OPENCX_API_KEY&quot; } (oder einen Eintrag im Passwortspeicher, oder stdin = true)</translation>
    </message>
    <message>
        <source>give the sender&apos;s email or owner_id (one of them)</source>
        <translation>geben Sie die E-Mail-Adresse oder die owner_id des Absenders an (eines von beiden)</translation>
    </message>
    <message>
        <source>a channel cannot be turned both on and off: %1</source>
        <translation>ein Kanal kann nicht zugleich ein- und ausgeschaltet werden: %1</translation>
    </message>
    <message>
        <source>give html or html_file (one of them)</source>
        <translation>geben Sie html oder html_file an (eines von beiden)</translation>
    </message>
    <message>
        <source>the file contains a secret (a private app token, an OpenCX API key or a sign-in token). Secrets never go in the answers file: name where to find them instead, for example { env = &quot;HUBSPOT_PRIVATE_APP_TOKEN&quot; }</source>
        <translation>die Datei enthält einen geheimen Wert (ein Zugriffstoken einer privaten App, einen OpenCX-API-Schlüssel oder ein Anmelde-Token). Geheime Werte gehören nie in die Antwortdatei: Geben Sie stattdessen an, wo sie zu finden sind, zum Beispiel { env = &quot;HUBSPOT_PRIVATE_APP_TOKEN&quot; }</translation>
    </message>
    <message>
        <source>method = &quot;legacy&quot; needs a [legacy] section with private_app_token and default_user</source>
        <translation>method = &quot;legacy&quot; braucht einen Abschnitt [legacy] mit private_app_token und default_user</translation>
    </message>
    <message>
        <source>[sender] and [[signatures]] exist only for the OAuth method; the legacy path uses [legacy] default_user</source>
        <translation>[sender] und [[signatures]] gibt es nur für die OAuth-Methode; der Legacy-Weg verwendet [legacy] default_user</translation>
    </message>
    <message>
        <source>[legacy] is only for method = &quot;legacy&quot;</source>
        <translation>[legacy] gilt nur für method = &quot;legacy&quot;</translation>
    </message>
    <message>
        <source>only one secret can come from standard input</source>
        <translation>nur ein geheimer Wert kann aus der Standardeingabe kommen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the same domain as %2 (&quot;%3&quot;); keep one rule per domain</source>
        <translation>„%1“ ist dieselbe Domain wie %2 („%3“); behalten Sie eine Regel pro Domain</translation>
    </message>
    <message>
        <source>This is not valid TOML: %1.</source>
        <translation>Das ist kein gültiges TOML: %1.</translation>
    </message>
    <message>
        <source>is not a known setting (check the spelling)</source>
        <translation>ist keine bekannte Einstellung (prüfen Sie die Schreibweise)</translation>
    </message>
</context>
<context>
    <name>flow.api_keys</name>
    <message>
        <source>Paste an OpenCX API key, or sign in with the browser.</source>
        <translation>Fügen Sie einen OpenCX-API-Schlüssel ein oder melden Sie sich im Browser an.</translation>
    </message>
    <message>
        <source>That is much longer than an OpenCX API key; copy only the key.</source>
        <translation>Das ist viel länger als ein OpenCX-API-Schlüssel; kopieren Sie nur den Schlüssel.</translation>
    </message>
    <message>
        <source>The API key has spaces, line breaks or invisible characters in the middle, so it was not copied in one piece.</source>
        <translation>Der API-Schlüssel enthält in der Mitte Leerzeichen, Zeilenumbrüche oder unsichtbare Zeichen, wurde also nicht in einem Stück kopiert.</translation>
    </message>
    <message>
        <source>The API key has characters no OpenCX key has (letters like é, or curly quotes), so it was not copied exactly.</source>
        <translation>Der API-Schlüssel enthält Zeichen, die kein OpenCX-Schlüssel hat (Buchstaben wie é oder typografische Anführungszeichen), wurde also nicht genau kopiert.</translation>
    </message>
    <message>
        <source>Copy the key again from OpenCX (Settings → Access), or create a new key there.</source>
        <translation>Kopieren Sie den Schlüssel erneut aus OpenCX (unter „Settings → Access“) oder erstellen Sie dort einen neuen.</translation>
    </message>
</context>
<context>
    <name>flow.changes</name>
    <message>
        <source>You signed in to %1, not %2, so the steps after sign-in start over.</source>
        <translation>Sie haben sich bei %1 angemeldet, nicht bei %2, daher beginnen die Schritte nach der Anmeldung von vorn.</translation>
    </message>
    <message>
        <source>Your OpenCX role is %1.</source>
        <translation>Ihre OpenCX-Rolle ist %1.</translation>
    </message>
    <message>
        <source>Portal %1 is connected through “Connect with HubSpot”. Switching to an existing legacy app disconnects it first; the steps after this one start over.</source>
        <translation>Account %1 ist über „Mit HubSpot verbinden“ verbunden. Ein Wechsel zu einer vorhandenen Legacy-App trennt ihn zuerst; die Schritte danach beginnen von vorn.</translation>
    </message>
    <message>
        <source>Not confirmed, and HubSpot does not tell apps which subscription a portal has; the portal report shows what could be seen.</source>
        <translation>Nicht bestätigt, und HubSpot teilt Apps nicht mit, welches Abonnement ein Account hat; der Bericht zum Account zeigt, was sich erkennen ließ.</translation>
    </message>
    <message>
        <source>Invalid pattern.</source>
        <translation>Ungültiges Muster.</translation>
    </message>
    <message>
        <source>Invalid signature.</source>
        <translation>Ungültige Signatur.</translation>
    </message>
</context>
<context>
    <name>flow.checklist</name>
    <message>
        <source>The test stopped at “%1”: OpenCX never made a session of that message. Send another test message as the cause under it says, then press Watch for another message.</source>
        <translation>Der Test ist bei „%1“ stehen geblieben: OpenCX hat aus dieser Nachricht nie eine Sitzung gemacht. Senden Sie eine weitere Testnachricht, wie es die Ursache darunter beschreibt, und klicken Sie dann auf „Auf weitere Nachricht warten“.</translation>
    </message>
    <message>
        <source>The test stopped at “%1”. The cause and fix are under it; fix it, then start the test again.</source>
        <translation>Der Test ist bei „%1“ stehen geblieben. Ursache und Lösung stehen darunter: Beheben Sie das Problem und starten Sie den Test dann erneut.</translation>
    </message>
    <message>
        <source>All checks passed: HubSpot and OpenCX work together.</source>
        <translation>Alle Prüfpunkte bestanden: HubSpot und OpenCX arbeiten zusammen.</translation>
    </message>
    <message>
        <source>The test finished: HubSpot and OpenCX work together. Not every item happened, as your settings ask; the reason is under each one marked –.</source>
        <translation>Der Test ist beendet: HubSpot und OpenCX arbeiten zusammen. Wie in Ihren Einstellungen vorgesehen, ist nicht jeder Punkt eingetreten; den Grund finden Sie unter jedem mit – markierten Punkt.</translation>
    </message>
    <message>
        <source>the teammate the AI posts as</source>
        <translation>das Teammitglied, als das die KI schreibt</translation>
    </message>
    <message>
        <source>a teammate</source>
        <translation>ein Teammitglied</translation>
    </message>
    <message>
        <source>Your HubSpot inbox “%1” assigns new conversations to %2. The AI stays silent on conversations someone else owns, so your test message would get no AI reply. In HubSpot, change this inbox&apos;s routing so new conversations go to %3 (or to nobody) before you start.</source>
        <translation>Ihr HubSpot-Postfach „%1“ weist neue Konversationen an %2 zu. Bei Konversationen, die jemand anderem zugewiesen sind, bleibt die KI still, Ihre Testnachricht bekäme also keine KI-Antwort. Ändern Sie vor dem Start in HubSpot das Routing dieses Postfachs so, dass neue Konversationen an %3 gehen (oder an niemanden).</translation>
    </message>
    <message>
        <source>The test message has not been sent yet, or it is still on its way. Send it from an address outside your company, then wait a minute.</source>
        <translation>Die Testnachricht wurde noch nicht gesendet oder ist noch unterwegs. Senden Sie sie von einer Adresse außerhalb Ihres Unternehmens und warten Sie dann eine Minute.</translation>
    </message>
    <message>
        <source>The message went to an address or widget that HubSpot does not route into an inbox. Send it to an email address connected to a HubSpot inbox, or use the HubSpot chat widget on your site.</source>
        <translation>Die Nachricht ging an eine Adresse oder ein Widget, die HubSpot nicht in ein Postfach leitet. Senden Sie sie an eine E-Mail-Adresse, die mit einem HubSpot-Postfach verbunden ist, oder nutzen Sie das HubSpot-Chat-Widget auf Ihrer Website.</translation>
    </message>
    <message>
        <source>Mail sent to OpenCX&apos;s own forwarding address (%1) never reaches HubSpot: it is not a HubSpot channel. Use your HubSpot inbox&apos;s address.</source>
        <translation>E-Mails an die eigene Weiterleitungsadresse von OpenCX (%1) erreichen HubSpot nie: Sie ist kein HubSpot-Kanal. Verwenden Sie die Adresse Ihres HubSpot-Postfachs.</translation>
    </message>
    <message>
        <source>HubSpot is not telling OpenCX about new messages. In your legacy app&apos;s Webhooks tab, check the target URL and the three subscriptions (two under Conversation, one under Ticket), then commit the changes.</source>
        <translation>HubSpot meldet OpenCX keine neuen Nachrichten. Prüfen Sie im Tab „Webhooks“ Ihrer Legacy-App die Ziel-URL und die drei Abonnements (zwei unter „Konversation“, eines unter „Ticket“) und übernehmen Sie dann die Änderungen.</translation>
    </message>
    <message>
        <source>The conversation did not come from a HubSpot-owned channel (a HubSpot chat widget or an email address routed through a HubSpot inbox). Send the test message there.</source>
        <translation>Die Konversation kam nicht über einen Kanal von HubSpot (ein HubSpot-Chat-Widget oder eine E-Mail-Adresse, die über ein HubSpot-Postfach läuft). Senden Sie die Testnachricht dorthin.</translation>
    </message>
    <message>
        <source>The message came from a teammate, from the inbox&apos;s own address, or was an internal note: OpenCX ignores those. Send it from an outside address, as a customer would.</source>
        <translation>Die Nachricht kam von einem Teammitglied oder von der eigenen Adresse des Postfachs, oder sie war ein interner Kommentar: So etwas ignoriert OpenCX. Senden Sie sie wie ein Kunde von einer externen Adresse.</translation>
    </message>
    <message>
        <source>OpenCX takes each message from HubSpot once and does not ask again, so a lost message stays lost. Send another test message.</source>
        <translation>OpenCX übernimmt jede Nachricht nur einmal von HubSpot und fragt nicht erneut nach; eine verlorene Nachricht bleibt also verloren. Senden Sie eine weitere Testnachricht.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, so the AI drafts nothing. Turn it on in the Autopilot step.</source>
        <translation>Autopilot ist für %1 aus, daher schreibt die KI nichts. Schalten Sie ihn im Schritt „Autopilot“ ein.</translation>
    </message>
    <message>
        <source>No teammate is set for the AI to post as. Choose one in the “AI posts as” step.</source>
        <translation>Kein Teammitglied ist als Absender der KI festgelegt. Wählen Sie eines im Schritt „Absender der KI“.</translation>
    </message>
    <message>
        <source>No default user is set for replies. Set it in the “Save the private app token” step.</source>
        <translation>Für Antworten ist kein Standardbenutzer festgelegt. Legen Sie ihn im Schritt „Token speichern“ fest.</translation>
    </message>
    <message>
        <source>The AI is still working on the reply, or could not answer. Open the session in OpenCX to see what it did.</source>
        <translation>Die KI arbeitet noch an der Antwort oder konnte nicht antworten. Öffnen Sie die Sitzung in OpenCX, um zu sehen, was sie getan hat.</translation>
    </message>
    <message>
        <source>OpenCX could not create the HubSpot ticket yet. Check that the connection still has its permissions for tickets (reconnect if HubSpot asks).</source>
        <translation>OpenCX konnte das HubSpot-Ticket noch nicht erstellen. Prüfen Sie, ob die Verbindung noch ihre Berechtigungen für Tickets hat (verbinden Sie erneut, falls HubSpot danach fragt).</translation>
    </message>
    <message>
        <source>No handoff was asked for yet. Reply to the conversation asking for a human, or press “Request handoff”.</source>
        <translation>Es wurde noch keine Übergabe angefordert. Antworten Sie in der Konversation mit der Bitte um einen Menschen, oder klicken Sie auf „Übergabe anfordern“.</translation>
    </message>
    <message>
        <source>OpenCX could not write the handoff note into the HubSpot thread. Check that the connection still has its permissions (reconnect if HubSpot asks).</source>
        <translation>OpenCX konnte die Übergabenotiz nicht in die HubSpot-Konversation schreiben. Prüfen Sie, ob die Verbindung noch ihre Berechtigungen hat (verbinden Sie erneut, falls HubSpot danach fragt).</translation>
    </message>
</context>
<context>
    <name>flow.checklist_causes</name>
    <message>
        <source>the sender</source>
        <translation>dem Absender</translation>
    </message>
    <message>
        <source>The message came from %1, a teammate in your HubSpot portal.</source>
        <translation>Die Nachricht kam von %1, einem Teammitglied in Ihrem HubSpot-Account.</translation>
    </message>
    <message>
        <source>The message came from the inbox&apos;s own address, %1.</source>
        <translation>Die Nachricht kam von der eigenen Adresse des Postfachs, %1.</translation>
    </message>
    <message>
        <source>The message is an internal note, which customers never see.</source>
        <translation>Die Nachricht ist ein interner Kommentar, den Kunden nie sehen.</translation>
    </message>
    <message>
        <source>The message was sent from HubSpot to the customer, not by the customer.</source>
        <translation>Die Nachricht wurde von HubSpot an den Kunden gesendet, nicht vom Kunden.</translation>
    </message>
    <message>
        <source>OpenCX did not take the message from %1.</source>
        <translation>OpenCX hat die Nachricht von %1 nicht übernommen.</translation>
    </message>
    <message>
        <source>OpenCX ignores messages from teammates and from the inbox&apos;s own address, internal notes and outgoing messages, so it made no session.</source>
        <translation>OpenCX ignoriert Nachrichten von Teammitgliedern und von der eigenen Adresse des Postfachs, interne Kommentare und ausgehende Nachrichten, daher hat es keine Sitzung angelegt.</translation>
    </message>
    <message>
        <source>Send the test from an address outside your company (a personal email address, for example) or from the chat widget on your site, as a customer would.</source>
        <translation>Senden Sie den Test wie ein Kunde von einer Adresse außerhalb Ihres Unternehmens (zum Beispiel einer privaten E-Mail-Adresse) oder über das Chat-Widget auf Ihrer Website.</translation>
    </message>
    <message>
        <source>this channel</source>
        <translation>diesen Kanal</translation>
    </message>
    <message>
        <source>the teammate the AI posts as</source>
        <translation>das Teammitglied, als das die KI schreibt</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, so OpenCX stored the conversation but the AI did not reply. Turn Autopilot on for %1 (in the Autopilot step, or in OpenCX under Settings → Autopilot), then send another test message.</source>
        <translation>Autopilot ist für %1 aus, daher hat OpenCX die Konversation gespeichert, aber die KI hat nicht geantwortet. Schalten Sie Autopilot für %1 ein (im Schritt „Autopilot“ oder in OpenCX unter „Settings → Autopilot“) und senden Sie dann eine weitere Testnachricht.</translation>
    </message>
    <message>
        <source>Assist Mode is on for %1: the AI wrote its answer as a draft, an internal comment only your team sees, not as a reply to the customer. To let the AI answer customers itself, turn Assist Mode off for %1 in OpenCX&apos;s Autopilot settings, then send another test message.</source>
        <translation>Assist Mode ist für %1 an: Die KI hat ihre Antwort als Entwurf geschrieben, als internen Kommentar, den nur Ihr Team sieht, nicht als Antwort an den Kunden. Damit die KI Kunden selbst antwortet, schalten Sie Assist Mode für %1 in den Autopilot-Einstellungen von OpenCX aus und senden Sie dann eine weitere Testnachricht.</translation>
    </message>
    <message>
        <source>another teammate</source>
        <translation>ein anderes Teammitglied</translation>
    </message>
    <message>
        <source>The conversation was assigned to %1, not to %2: the AI stays silent on conversations someone else owns. In HubSpot, change the inbox&apos;s routing so new conversations go to %2 (or to nobody), or unassign this conversation, then send another test message.</source>
        <translation>Die Konversation wurde an %1 zugewiesen, nicht an %2: Bei Konversationen, die jemand anderem zugewiesen sind, bleibt die KI still. Ändern Sie in HubSpot das Routing des Postfachs so, dass neue Konversationen an %2 gehen (oder an niemanden), oder heben Sie die Zuweisung dieser Konversation auf. Senden Sie dann eine weitere Testnachricht.</translation>
    </message>
    <message>
        <source>The message matched one of your Autopilot handoff topics, so OpenCX handed it to your team without an AI reply. That is what your settings ask for, not a fault. To see an AI reply too, start again and write about something else.</source>
        <translation>Die Nachricht passte zu einem Ihrer Autopilot-Übergabethemen, daher hat OpenCX sie ohne KI-Antwort an Ihr Team übergeben. So ist es in Ihren Einstellungen vorgesehen, das ist kein Fehler. Um auch eine KI-Antwort zu sehen, starten Sie erneut und schreiben Sie über etwas anderes.</translation>
    </message>
    <message>
        <source>The message matched the Autopilot handoff topic “%1”, so OpenCX handed it to your team without an AI reply. That is what your settings ask for, not a fault. To see an AI reply too, start again and write about something else.</source>
        <translation>Die Nachricht passte zum Autopilot-Übergabethema „%1“, daher hat OpenCX sie ohne KI-Antwort an Ihr Team übergeben. So ist es in Ihren Einstellungen vorgesehen, das ist kein Fehler. Um auch eine KI-Antwort zu sehen, starten Sie erneut und schreiben Sie über etwas anderes.</translation>
    </message>
    <message>
        <source>OpenCX wrote a reply but HubSpot refused to post it in the conversation. Check that %1 still has a HubSpot seat with access to this inbox, then start the test again.</source>
        <translation>OpenCX hat eine Antwort geschrieben, aber HubSpot hat sie nicht in der Konversation veröffentlicht. Prüfen Sie, ob %1 noch eine HubSpot-Lizenz (Sitz) mit Zugriff auf dieses Postfach hat, und starten Sie den Test dann erneut.</translation>
    </message>
    <message>
        <source>The conversation is in HubSpot, but OpenCX never received the message. HubSpot tells OpenCX about each message once and does not try again if that notice is lost, even though HubSpot&apos;s own log shows it as delivered. Waiting will not help: send another test message.</source>
        <translation>Die Konversation ist in HubSpot, aber OpenCX hat die Nachricht nie erhalten. HubSpot meldet OpenCX jede Nachricht nur einmal und versucht es nicht erneut, wenn diese Meldung verloren geht, auch wenn das Protokoll von HubSpot sie als zugestellt anzeigt. Warten hilft nicht: Senden Sie eine weitere Testnachricht.</translation>
    </message>
    <message>
        <source>HubSpot is not telling OpenCX about new messages. In your legacy app&apos;s Webhooks tab in HubSpot, check that the target URL is OpenCX&apos;s and that the three subscriptions are there (Conversation → New message, Conversation → Creation, Ticket → Property change), then click Commit changes.</source>
        <translation>HubSpot meldet OpenCX keine neuen Nachrichten. Prüfen Sie in HubSpot im Tab „Webhooks“ Ihrer Legacy-App, ob die Ziel-URL die von OpenCX ist und ob die drei Abonnements vorhanden sind (Konversation → Neue Nachricht, Konversation → Erstellung, Ticket → Eigenschaftsänderung), und klicken Sie dann auf „Änderungen übernehmen“.</translation>
    </message>
    <message>
        <source>Ticket creation is off for your OpenCX organization, so a handoff creates no HubSpot ticket. That is fine if you meant it; if your team works from tickets, turn ticket creation on for your organization in OpenCX.</source>
        <translation>Die Ticket-Erstellung ist für Ihre OpenCX-Organisation ausgeschaltet, daher erzeugt eine Übergabe kein HubSpot-Ticket. Das ist in Ordnung, wenn Sie es so wollten. Arbeitet Ihr Team mit Tickets, schalten Sie die Ticket-Erstellung für Ihre Organisation in OpenCX ein.</translation>
    </message>
    <message>
        <source>OpenCX handed the conversation over but could not create the HubSpot ticket: the contact has no email address, and HubSpot links a ticket to its contact by email. Have your chat widget ask for an email address before the chat starts, or test by email.</source>
        <translation>OpenCX hat die Konversation übergeben, konnte aber das HubSpot-Ticket nicht erstellen: Der Kontakt hat keine E-Mail-Adresse, und HubSpot verknüpft ein Ticket über die E-Mail-Adresse mit seinem Kontakt. Lassen Sie Ihr Chat-Widget vor Beginn des Chats nach einer E-Mail-Adresse fragen, oder testen Sie per E-Mail.</translation>
    </message>
    <message>
        <source>Not checked, because an earlier step did not happen.</source>
        <translation>Nicht geprüft, weil ein früherer Schritt nicht eingetreten ist.</translation>
    </message>
    <message>
        <source>This did not happen before the assistant stopped waiting.</source>
        <translation>Das ist nicht eingetreten, solange der Assistent gewartet hat.</translation>
    </message>
    <message>
        <source>OpenCX did not say why. Open the session in OpenCX to see what happened.</source>
        <translation>OpenCX hat keinen Grund genannt. Öffnen Sie die Sitzung in OpenCX, um zu sehen, was passiert ist.</translation>
    </message>
</context>
<context>
    <name>flow.checklist_view</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>did not happen</source>
        <translation>nicht eingetreten</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>taking longer than expected</source>
        <translation>dauert länger als erwartet</translation>
    </message>
    <message>
        <source>did not happen, as set up</source>
        <translation>wie eingestellt nicht eingetreten</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>hängt</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verzögert</translation>
    </message>
    <message>
        <source>as set up</source>
        <translation>wie eingestellt</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Open in HubSpot</source>
        <translation>In HubSpot öffnen</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ticket öffnen</translation>
    </message>
    <message>
        <source>This is taking longer than expected. Likely causes:</source>
        <translation>Das dauert länger als erwartet. Mögliche Ursachen:</translation>
    </message>
    <message>
        <source>You skipped the test. You can run it any time from the HubSpot connection page of this assistant.</source>
        <translation>Sie haben den Test übersprungen. Sie können ihn jederzeit auf der Seite „HubSpot-Verbindung“ dieses Assistenten ausführen.</translation>
    </message>
    <message>
        <source>Starting the test…</source>
        <translation>Test wird gestartet…</translation>
    </message>
    <message>
        <source>Press Start the test, then send your message to one of the places above.</source>
        <translation>Klicken Sie auf „Test starten“ und senden Sie dann Ihre Nachricht an eine der Stellen oben.</translation>
    </message>
    <message>
        <source>The test was stopped before it finished. Start it again.</source>
        <translation>Der Test wurde vor dem Ende abgebrochen. Starten Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The AI replied. Press Request handoff to check that a person can take over.</source>
        <translation>Die KI hat geantwortet. Klicken Sie auf „Übergabe anfordern“, um zu prüfen, ob ein Mensch übernehmen kann.</translation>
    </message>
    <message>
        <source>The message arrived. Waiting for OpenCX and the AI…</source>
        <translation>Die Nachricht ist angekommen. Warten auf OpenCX und die KI…</translation>
    </message>
    <message>
        <source>Waiting for the message. Send it now, or press Send a test message as a customer to let the practice customer send it.</source>
        <translation>Warten auf die Nachricht. Senden Sie sie jetzt, oder klicken Sie auf „Als Kunde Testnachricht senden“, damit der Übungskunde sie sendet.</translation>
    </message>
    <message>
        <source>Waiting for the message. Send it now to one of the places above.</source>
        <translation>Warten auf die Nachricht. Senden Sie sie jetzt an eine der Stellen oben.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>flow.consent_refusals</name>
    <message>
        <source>Did HubSpot show one of these messages?</source>
        <translation>Hat HubSpot eine dieser Meldungen angezeigt?</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Insufficient scopes were provided</source>
        <translation>Unzureichende Berechtigungen (Bereiche)</translation>
    </message>
    <message>
        <source>Your HubSpot user may not use everything OpenCX asks for.</source>
        <translation>Ihr HubSpot-Benutzer darf nicht alles nutzen, was OpenCX anfragt.</translation>
    </message>
    <message>
        <source>Ask a HubSpot super admin to connect OpenCX, or to give you access to tickets and conversations.</source>
        <translation>Bitten Sie einen Super-Admin in HubSpot, OpenCX zu verbinden oder Ihnen Zugriff auf Tickets und Konversationen zu geben.</translation>
    </message>
    <message>
        <source>This account doesn&apos;t have access to some HubSpot features that are required by this app</source>
        <translation>Diesem Account fehlen einige HubSpot-Funktionen, die diese App braucht</translation>
    </message>
    <message>
        <source>This HubSpot account has no Service Hub Starter or above.</source>
        <translation>Dieser HubSpot-Account hat nicht mindestens Service Hub Starter.</translation>
    </message>
    <message>
        <source>Choose the account that has it, or add Service Hub in HubSpot (Account &amp; Billing).</source>
        <translation>Wählen Sie den Account, der es hat, oder buchen Sie Service Hub in HubSpot hinzu (Account &amp; Abrechnung).</translation>
    </message>
    <message>
        <source>A message that you may not install apps</source>
        <translation>Eine Meldung, dass Sie keine Apps installieren dürfen</translation>
    </message>
    <message>
        <source>Only HubSpot super admins, and users with App Marketplace Access, may install apps.</source>
        <translation>Nur Super-Admins in HubSpot und Benutzer mit „Zugriff auf App Marketplace“ dürfen Apps installieren.</translation>
    </message>
    <message>
        <source>Ask a super admin to connect OpenCX, or to give you that permission (Settings → Users &amp; Teams).</source>
        <translation>Bitten Sie einen Super-Admin, OpenCX zu verbinden oder Ihnen diese Berechtigung zu geben (Einstellungen → Benutzer und Teams).</translation>
    </message>
</context>
<context>
    <name>flow.controller</name>
    <message>
        <source>Also remove the webhook subscriptions from your HubSpot legacy app: Settings → Integrations → Private Apps → Legacy Apps → your app → Webhooks.</source>
        <translation>Entfernen Sie außerdem die Webhook-Abonnements (die Benachrichtigungen an OpenCX) aus Ihrer Legacy-App in HubSpot: Einstellungen → Integrationen → Private Apps → Legacy-Apps → Ihre App → Webhooks.</translation>
    </message>
    <message>
        <source>Not a private app token.</source>
        <translation>Kein Zugriffstoken einer privaten App.</translation>
    </message>
    <message>
        <source>Not a HubSpot user ID.</source>
        <translation>Keine HubSpot-Benutzer-ID.</translation>
    </message>
    <message>
        <source>%1 is not a HubSpot user (a queue or a deactivated owner). Pick a person.</source>
        <translation>%1 ist kein HubSpot-Benutzer (sondern eine Warteschlange oder ein deaktivierter Benutzer). Wählen Sie eine Person.</translation>
    </message>
    <message>
        <source>Pick the default user first.</source>
        <translation>Wählen Sie zuerst den Standardbenutzer.</translation>
    </message>
    <message>
        <source>The private app token is no longer in this computer&apos;s keychain. Paste it again.</source>
        <translation>Das Zugriffstoken der privaten App ist nicht mehr im Passwortspeicher des Computers. Fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Start the test first.</source>
        <translation>Starten Sie zuerst den Test.</translation>
    </message>
    <message>
        <source>Type %1 in capitals to confirm.</source>
        <translation>Geben Sie zur Bestätigung %1 in Großbuchstaben ein.</translation>
    </message>
    <message>
        <source>HubSpot is disconnected. Existing OpenCX sessions remain available.</source>
        <translation>HubSpot ist getrennt. Bestehende OpenCX-Sitzungen bleiben verfügbar.</translation>
    </message>
</context>
<context>
    <name>flow.disconnect_effects</name>
    <message>
        <source>Disconnect HubSpot from OpenCX?</source>
        <translation>HubSpot von OpenCX trennen?</translation>
    </message>
    <message>
        <source>HubSpot is disconnected</source>
        <translation>HubSpot ist getrennt</translation>
    </message>
    <message>
        <source>Afterwards, in HubSpot</source>
        <translation>Danach in HubSpot</translation>
    </message>
    <message>
        <source>One more step in HubSpot</source>
        <translation>Noch ein Schritt in HubSpot</translation>
    </message>
    <message>
        <source>OpenCX stops reading and answering the conversations of %1: customers who write there get no AI reply.</source>
        <translation>OpenCX liest und beantwortet die Konversationen von %1 nicht mehr: Kunden, die dort schreiben, erhalten keine KI-Antwort.</translation>
    </message>
    <message>
        <source>Existing OpenCX sessions stay available in OpenCX.</source>
        <translation>Bestehende OpenCX-Sitzungen bleiben in OpenCX verfügbar.</translation>
    </message>
    <message>
        <source>Nothing is deleted in HubSpot: its conversations, tickets and contacts stay as they are.</source>
        <translation>In HubSpot wird nichts gelöscht: Konversationen, Tickets und Kontakte bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>This computer forgets the legacy app&apos;s token.</source>
        <translation>Dieser Computer vergisst das Zugriffstoken der Legacy-App.</translation>
    </message>
    <message>
        <source>You can connect again later with this assistant.</source>
        <translation>Sie können die Verbindung später mit diesem Assistenten wiederherstellen.</translation>
    </message>
    <message>
        <source>OpenCX no longer reads or answers the conversations of %1.</source>
        <translation>OpenCX liest und beantwortet die Konversationen von %1 nicht mehr.</translation>
    </message>
    <message>
        <source>Existing OpenCX sessions remain available.</source>
        <translation>Bestehende OpenCX-Sitzungen bleiben verfügbar.</translation>
    </message>
    <message>
        <source>The legacy app&apos;s token was removed from this computer.</source>
        <translation>Das Zugriffstoken der Legacy-App wurde von diesem Computer entfernt.</translation>
    </message>
</context>
<context>
    <name>flow.domains</name>
    <message>
        <source>Enter a domain pattern.</source>
        <translation>Geben Sie ein Domain-Muster ein.</translation>
    </message>
    <message>
        <source>Leave out http:// or https://.</source>
        <translation>Lassen Sie http:// oder https:// weg.</translation>
    </message>
    <message>
        <source>Enter only the part after the @, for example open.cx for anna@open.cx.</source>
        <translation>Geben Sie nur den Teil nach dem @ ein, zum Beispiel open.cx für anna@open.cx.</translation>
    </message>
    <message>
        <source>Leave out any path after the domain.</source>
        <translation>Lassen Sie den Pfad nach der Domain weg.</translation>
    </message>
    <message>
        <source>Leave out the port number.</source>
        <translation>Lassen Sie die Portnummer weg.</translation>
    </message>
    <message>
        <source>A domain pattern has no spaces.</source>
        <translation>Ein Domain-Muster enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>A lone * would match every address. Name an ending, like *.nl.</source>
        <translation>Ein einzelnes * würde auf jede Adresse passen. Geben Sie eine Endung an, etwa *.nl.</translation>
    </message>
    <message>
        <source>The * can only stand at the very start, followed by a dot, like *.co.uk.</source>
        <translation>Das * darf nur ganz am Anfang stehen, gefolgt von einem Punkt, etwa *.co.uk.</translation>
    </message>
    <message>
        <source>Did you mean *%1?</source>
        <translation>Meinten Sie *%1?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>„%1“ ist keine gültige Domain.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only an ending. Write *.%1 for every address ending in .%1, or a full domain like example.%1.</source>
        <translation>„%1“ ist nur eine Endung. Schreiben Sie *.%1 für jede Adresse, die auf .%1 endet, oder eine vollständige Domain wie example.%1.</translation>
    </message>
    <message>
        <source>Use a domain like open.cx, or *.nl for every address ending in .nl.</source>
        <translation>Verwenden Sie eine Domain wie open.cx oder *.nl für jede Adresse, die auf .nl endet.</translation>
    </message>
</context>
<context>
    <name>flow.guide</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Erstellung</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Property change</source>
        <translation>Eigenschaftsänderung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Private Apps</source>
        <translation>Private Apps</translation>
    </message>
    <message>
        <source>Legacy Apps</source>
        <translation>Legacy-Apps</translation>
    </message>
    <message>
        <source>Open your legacy app in HubSpot</source>
        <translation>Legacy-App in HubSpot öffnen</translation>
    </message>
    <message>
        <source>Check the app has these eight scopes</source>
        <translation>Prüfen, ob die App diese acht Bereiche hat</translation>
    </message>
    <message>
        <source>Check the app sends its webhooks to this URL</source>
        <translation>Prüfen, ob die App ihre Webhooks an diese URL sendet</translation>
    </message>
    <message>
        <source>Check the app has these three subscriptions</source>
        <translation>Prüfen, ob die App diese drei Abonnements hat</translation>
    </message>
    <message>
        <source>Click Commit changes in HubSpot if you changed anything</source>
        <translation>Geändert? Dann in HubSpot „Änderungen übernehmen“ klicken</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>zuständige Mitarbeiter</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>HubSpot workflow actions</source>
        <translation>HubSpot-Workflow-Aktionen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Approve OpenCX on HubSpot&apos;s consent screen</source>
        <translation>OpenCX auf der Freigabeseite von HubSpot freigeben</translation>
    </message>
    <message>
        <source>Use the legacy private app your portal already has and paste its token</source>
        <translation>Die vorhandene private Legacy-App Ihres Accounts nutzen und ihr Zugriffstoken einfügen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Issued and refreshed automatically</source>
        <translation>Werden automatisch ausgestellt und erneuert</translation>
    </message>
    <message>
        <source>One token you copy from the app; rotate it by hand</source>
        <translation>Ein Token, das Sie aus der App kopieren und von Hand erneuern</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Benachrichtigungen (Webhooks)</translation>
    </message>
    <message>
        <source>Registered by OpenCX during install</source>
        <translation>Richtet OpenCX bei der Installation ein</translation>
    </message>
    <message>
        <source>You check the webhook URL and three subscriptions on the app yourself</source>
        <translation>Sie prüfen Webhook-URL und drei Abonnements der App selbst</translation>
    </message>
    <message>
        <source>AI sender</source>
        <translation>Absender der KI</translation>
    </message>
    <message>
        <source>Picked from a HubSpot teammate dropdown after connect</source>
        <translation>Nach dem Verbinden aus einer Liste der HubSpot-Teammitglieder gewählt</translation>
    </message>
    <message>
        <source>A default HubSpot user, picked from your teammates</source>
        <translation>Ein HubSpot-Standardbenutzer, aus Ihren Teammitgliedern gewählt</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Workflow-Aktionen</translation>
    </message>
    <message>
        <source>Adds OpenCX actions to HubSpot workflows</source>
        <translation>Fügt HubSpot-Workflows OpenCX-Aktionen hinzu</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Since 26 October 2026 HubSpot no longer lets anyone create a legacy app; apps that already exist keep working. HubSpot&apos;s newer Service Keys cannot stand in for one, because they cannot send OpenCX your new conversations. No legacy app in your portal? Choose Connect with HubSpot.</source>
        <translation>Seit dem 26. Oktober 2026 lässt HubSpot niemanden mehr eine Legacy-App erstellen; bestehende Apps funktionieren weiter. Die neueren Service Keys von HubSpot können sie nicht ersetzen, weil sie OpenCX keine neuen Konversationen melden können. Keine Legacy-App in Ihrem Account? Wählen Sie „Mit HubSpot verbinden“.</translation>
    </message>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Mit HubSpot verbinden</translation>
    </message>
    <message>
        <source>Recommended · about two minutes</source>
        <translation>Empfohlen · etwa zwei Minuten</translation>
    </message>
    <message>
        <source>Approve OpenCX in HubSpot in your browser. OpenCX sets up the rest and keeps the connection working, and adds its actions to HubSpot workflows.</source>
        <translation>Geben Sie OpenCX im Browser auf der Freigabeseite von HubSpot frei. OpenCX richtet den Rest ein, hält die Verbindung am Laufen und ergänzt Ihre HubSpot-Workflows um seine Aktionen.</translation>
    </message>
    <message>
        <source>Use an existing legacy app</source>
        <translation>Vorhandene Legacy-App nutzen</translation>
    </message>
    <message>
        <source>Older setups</source>
        <translation>Ältere Einrichtungen</translation>
    </message>
    <message>
        <source>Only for a HubSpot portal that already has a legacy app for OpenCX: HubSpot no longer lets anyone create new ones.</source>
        <translation>Nur für HubSpot-Accounts, die bereits eine Legacy-App für OpenCX haben: HubSpot lässt keine neuen mehr erstellen.</translation>
    </message>
    <message>
        <source>A HubSpot workflow claims the conversation for a human.</source>
        <translation>Ein HubSpot-Workflow reserviert die Konversation für einen Menschen.</translation>
    </message>
    <message>
        <source>A workflow returns a handed-off conversation to the AI.</source>
        <translation>Ein Workflow gibt eine übergebene Konversation an die KI zurück.</translation>
    </message>
    <message>
        <source>A workflow decides the latest customer message should be processed by the AI.</source>
        <translation>Ein Workflow entscheidet, dass die KI die neueste Kundennachricht bearbeiten soll.</translation>
    </message>
    <message>
        <source>HubSpot should ask OpenCX to hand the session to a human.</source>
        <translation>HubSpot soll OpenCX bitten, die Sitzung an einen Menschen zu übergeben.</translation>
    </message>
    <message>
        <source>The conversation appears in HubSpot</source>
        <translation>Die Konversation erscheint in HubSpot</translation>
    </message>
    <message>
        <source>A matching session appears in the OpenCX inbox</source>
        <translation>Eine passende Sitzung erscheint in der Inbox von OpenCX</translation>
    </message>
    <message>
        <source>The AI reply posts back to the same HubSpot thread</source>
        <translation>Die Antwort der KI erscheint in derselben HubSpot-Konversation</translation>
    </message>
    <message>
        <source>A handoff is triggered</source>
        <translation>Eine Übergabe wird ausgelöst</translation>
    </message>
    <message>
        <source>The handoff note appears in HubSpot with a link to the OpenCX session</source>
        <translation>Die Übergabenotiz erscheint in HubSpot mit einem Link zur OpenCX-Sitzung</translation>
    </message>
    <message>
        <source>A HubSpot ticket tagged opencx_handedoff is created for your team</source>
        <translation>Ein HubSpot-Ticket mit dem Tag opencx_handedoff wird für Ihr Team erstellt</translation>
    </message>
    <message>
        <source>The test runs on email or web chat. WhatsApp, SMS and phone conversations never appear in HubSpot: HubSpot only gets a ticket when OpenCX hands one to your team.</source>
        <translation>Der Test läuft über E-Mail oder Web-Chat. WhatsApp-, SMS- und Telefon-Konversationen erscheinen nie in HubSpot: HubSpot erhält nur dann ein Ticket, wenn OpenCX eine davon an Ihr Team übergibt.</translation>
    </message>
</context>
<context>
    <name>flow.message_destination</name>
    <message>
        <source>Use the email address connected to your HubSpot inbox: in HubSpot, open Settings → Inboxes, choose the inbox, and look under Channels.</source>
        <translation>Verwenden Sie die E-Mail-Adresse, die mit Ihrem HubSpot-Postfach verbunden ist: Öffnen Sie in HubSpot Einstellungen → Postfächer, wählen Sie das Postfach und sehen Sie unter „Kanäle“ nach.</translation>
    </message>
    <message>
        <source>Open a page of your website that shows the HubSpot chat widget: in HubSpot, open Settings → Inboxes, choose the inbox, and look under Channels for the chat.</source>
        <translation>Öffnen Sie eine Seite Ihrer Website, die das HubSpot-Chat-Widget zeigt: Öffnen Sie in HubSpot Einstellungen → Postfächer, wählen Sie das Postfach und suchen Sie unter „Kanäle“ den Chat.</translation>
    </message>
</context>
<context>
    <name>flow.navigation</name>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: open your legacy app in HubSpot.</source>
        <translation>Haken Sie jeden Punkt ab, sobald er in HubSpot stimmt. Als Nächstes: Öffnen Sie Ihre Legacy-App in HubSpot.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app has these eight scopes.</source>
        <translation>Haken Sie jeden Punkt ab, sobald er in HubSpot stimmt. Als Nächstes: Prüfen Sie, ob die App diese acht Bereiche hat.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app sends its webhooks to this URL.</source>
        <translation>Haken Sie jeden Punkt ab, sobald er in HubSpot stimmt. Als Nächstes: Prüfen Sie, ob die App ihre Webhooks an diese URL sendet.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app has these three subscriptions.</source>
        <translation>Haken Sie jeden Punkt ab, sobald er in HubSpot stimmt. Als Nächstes: Prüfen Sie, ob die App diese drei Abonnements hat.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: click Commit changes in HubSpot if you changed anything.</source>
        <translation>Haken Sie jeden Punkt ab, sobald er in HubSpot stimmt. Als Nächstes: Klicken Sie in HubSpot auf „Änderungen übernehmen“, falls Sie etwas geändert haben.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1. OpenCX will store %1 conversations but will not reply to them, so your test message will get no AI reply. Turn it on before you test.</source>
        <translation>Autopilot ist für %1 aus. OpenCX speichert %1-Konversationen, beantwortet sie aber nicht, Ihre Testnachricht bekommt also keine KI-Antwort. Schalten Sie ihn vor dem Test ein.</translation>
    </message>
    <message>
        <source>Not met: %1.</source>
        <translation>Nicht erfüllt: %1.</translation>
    </message>
    <message>
        <source>Not met: %1. %2</source>
        <translation>Nicht erfüllt: %1. %2</translation>
    </message>
    <message>
        <source>Confirm each item first: %1.</source>
        <translation>Bestätigen Sie zuerst jeden Punkt: %1.</translation>
    </message>
    <message>
        <source>Sign in to OpenCX to continue.</source>
        <translation>Melden Sie sich bei OpenCX an, um fortzufahren.</translation>
    </message>
    <message>
        <source>You are signed in as %1, a member of %2. Only owners and admins can connect HubSpot. Ask an owner to make you an admin, or to run this setup.</source>
        <translation>Sie sind als %1 angemeldet, mit der Rolle „Mitglied“ in %2. Nur Inhaber und Admins können HubSpot verbinden. Bitten Sie einen Inhaber, Sie zum Admin zu machen oder diese Einrichtung selbst durchzuführen.</translation>
    </message>
    <message>
        <source>Connect with HubSpot and approve OpenCX to continue.</source>
        <translation>Klicken Sie auf „Mit HubSpot verbinden“ und geben Sie OpenCX frei, um fortzufahren.</translation>
    </message>
    <message>
        <source>Pick the teammate the AI posts as.</source>
        <translation>Wählen Sie das Teammitglied, als das die KI schreibt.</translation>
    </message>
    <message>
        <source>Finish the test message checklist, or choose to skip it for now.</source>
        <translation>Schließen Sie die Checkliste zur Testnachricht ab oder überspringen Sie sie vorerst.</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>Das ist der letzte Schritt.</translation>
    </message>
    <message>
        <source>Paste the private app access token.</source>
        <translation>Fügen Sie das Zugriffstoken der privaten App ein.</translation>
    </message>
    <message>
        <source>The token has not been checked with HubSpot yet.</source>
        <translation>Das Token wurde noch nicht bei HubSpot geprüft.</translation>
    </message>
    <message>
        <source>The private app is missing these scopes: %1. Add them in HubSpot, then check the token again.</source>
        <translation>Der privaten App fehlen diese Bereiche: %1. Fügen Sie sie in HubSpot hinzu und prüfen Sie das Token dann erneut.</translation>
    </message>
    <message>
        <source>Pick the default user (the teammate OpenCX acts as).</source>
        <translation>Wählen Sie den Standardbenutzer (das Teammitglied, in dessen Namen OpenCX handelt).</translation>
    </message>
    <message>
        <source>Save the credentials in OpenCX to continue.</source>
        <translation>Speichern Sie die Zugangsdaten in OpenCX, um fortzufahren.</translation>
    </message>
    <message>
        <source>The %1 step is not on this path.</source>
        <translation>Der Schritt „%1“ gehört nicht zu diesem Weg.</translation>
    </message>
    <message>
        <source>That page cannot be opened from here.</source>
        <translation>Diese Seite lässt sich von hier aus nicht öffnen.</translation>
    </message>
    <message>
        <source>That setting exists only with “Connect with HubSpot”.</source>
        <translation>Diese Einstellung gibt es nur mit „Mit HubSpot verbinden“.</translation>
    </message>
</context>
<context>
    <name>flow.newer_version</name>
    <message>
        <source>Version %1 is available</source>
        <translation>Version %1 ist verfügbar</translation>
    </message>
    <message>
        <source>Opens the page about version %1 in your browser. Nothing is downloaded or installed unless you choose to there.</source>
        <translation>Öffnet die Seite zu Version %1 in Ihrem Browser. Es wird nichts heruntergeladen oder installiert, solange Sie das dort nicht selbst wählen.</translation>
    </message>
</context>
<context>
    <name>flow.portal_report</name>
    <message>
        <source>OpenCX cannot read the portal&apos;s details</source>
        <translation>OpenCX kann die Details des Accounts nicht lesen</translation>
    </message>
    <message>
        <source>OpenCX does not see new conversations, so the AI never answers</source>
        <translation>OpenCX sieht keine neuen Konversationen, die KI antwortet also nie</translation>
    </message>
    <message>
        <source>the AI cannot post replies or handoff notes in HubSpot</source>
        <translation>die KI kann in HubSpot keine Antworten oder Übergabenotizen schreiben</translation>
    </message>
    <message>
        <source>handoffs create no HubSpot ticket</source>
        <translation>Übergaben erzeugen kein HubSpot-Ticket</translation>
    </message>
    <message>
        <source>OpenCX cannot find the customer&apos;s contact</source>
        <translation>OpenCX findet den Kontakt des Kunden nicht</translation>
    </message>
    <message>
        <source>OpenCX cannot create a contact for a new customer</source>
        <translation>OpenCX kann für neue Kunden keinen Kontakt anlegen</translation>
    </message>
    <message>
        <source>the AI does not see the customer&apos;s company</source>
        <translation>die KI sieht das Unternehmen des Kunden nicht</translation>
    </message>
    <message>
        <source>the AI does not see the customer&apos;s deals</source>
        <translation>die KI sieht die Deals des Kunden nicht</translation>
    </message>
    <message>
        <source>your teammates cannot be listed to pick who the AI posts as</source>
        <translation>Ihre Teammitglieder können nicht aufgelistet werden, um den Absender der KI zu wählen</translation>
    </message>
    <message>
        <source>attachments cannot be passed between HubSpot and OpenCX</source>
        <translation>Anhänge können nicht zwischen HubSpot und OpenCX übertragen werden</translation>
    </message>
    <message>
        <source>HubSpot lists cannot be used</source>
        <translation>HubSpot-Listen können nicht verwendet werden</translation>
    </message>
    <message>
        <source>the four OpenCX workflow actions are not added to HubSpot workflows</source>
        <translation>die vier OpenCX-Workflow-Aktionen werden HubSpot-Workflows nicht hinzugefügt</translation>
    </message>
    <message>
        <source>workflow actions</source>
        <translation>Workflow-Aktionen</translation>
    </message>
    <message>
        <source>a standard HubSpot account</source>
        <translation>ein Standard-HubSpot-Account</translation>
    </message>
    <message>
        <source>a HubSpot sandbox account</source>
        <translation>ein HubSpot-Sandbox-Account</translation>
    </message>
    <message>
        <source>a developer test account</source>
        <translation>ein Entwickler-Testaccount</translation>
    </message>
    <message>
        <source>an app developer account</source>
        <translation>ein App-Entwickler-Account</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Asia Pacific</source>
        <translation>Asien-Pazifik</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>no channel connected</source>
        <translation>kein Kanal verbunden</translation>
    </message>
    <message>
        <source>%1 (help desk): %2</source>
        <translation>%1 (Help Desk): %2</translation>
    </message>
    <message>
        <source>%1 (inbox): %2</source>
        <translation>%1 (Postfach): %2</translation>
    </message>
    <message>
        <source>Inboxes and permissions: not read yet.</source>
        <translation>Postfächer und Berechtigungen: noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Service Hub subscription: not checked, because HubSpot does not tell apps. OpenCX needs Service Hub Starter or above: you can see yours in HubSpot under Account &amp; Billing.</source>
        <translation>Abonnement für Service Hub: nicht geprüft, weil HubSpot das Apps nicht mitteilt. OpenCX braucht Service Hub Starter oder höher: Ihr Abonnement sehen Sie in HubSpot unter Account &amp; Abrechnung.</translation>
    </message>
    <message>
        <source>Portal type: not reported by HubSpot.</source>
        <translation>Account-Typ: von HubSpot nicht gemeldet.</translation>
    </message>
    <message>
        <source>Portal type: %1.</source>
        <translation>Account-Typ: %1.</translation>
    </message>
    <message>
        <source>Portal type: %1, meant for trying things out, not for real customers.</source>
        <translation>Account-Typ: %1, zum Ausprobieren gedacht, nicht für echte Kunden.</translation>
    </message>
    <message>
        <source>Fine for a trial. For your customers, disconnect and connect your standard portal.</source>
        <translation>Für einen Test in Ordnung. Für Ihre Kunden trennen Sie die Verbindung und verbinden Ihren Standard-Account.</translation>
    </message>
    <message>
        <source>Data hosting region: not reported by HubSpot.</source>
        <translation>Region für das Datenhosting: von HubSpot nicht gemeldet.</translation>
    </message>
    <message>
        <source>Data hosted in: %1.</source>
        <translation>Region für das Datenhosting: %1.</translation>
    </message>
    <message>
        <source>Inboxes: could not be read, so the inboxes and channels were not checked.</source>
        <translation>Postfächer: konnten nicht gelesen werden, daher wurden Postfächer und Kanäle nicht geprüft.</translation>
    </message>
    <message>
        <source>Check again in a moment. If it keeps failing, check the conversations permission below.</source>
        <translation>Prüfen Sie gleich noch einmal. Wenn es weiter fehlschlägt, prüfen Sie unten die Berechtigung für Konversationen.</translation>
    </message>
    <message>
        <source>Inboxes: none found. OpenCX only sees conversations that arrive in a HubSpot inbox.</source>
        <translation>Postfächer: keine gefunden. OpenCX sieht nur Konversationen, die in einem HubSpot-Postfach eingehen.</translation>
    </message>
    <message>
        <source>In HubSpot, create an inbox (Settings → Inboxes &amp; Help Desks) and connect an email address or the chat widget to it.</source>
        <translation>Erstellen Sie in HubSpot ein Postfach (Einstellungen → Postfächer &amp; Help Desks) und verbinden Sie eine E-Mail-Adresse oder das Chat-Widget damit.</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>Postfach: %1</translation>
    </message>
    <message>
        <source>No email address or chat is connected to an inbox, so a test message has nowhere to arrive.</source>
        <translation>Mit keinem Postfach ist eine E-Mail-Adresse oder ein Chat verbunden, eine Testnachricht kann also nirgends ankommen.</translation>
    </message>
    <message>
        <source>In HubSpot, connect an email address or the chat widget to an inbox (Settings → Inboxes &amp; Help Desks).</source>
        <translation>Verbinden Sie in HubSpot eine E-Mail-Adresse oder das Chat-Widget mit einem Postfach (Einstellungen → Postfächer &amp; Help Desks).</translation>
    </message>
    <message>
        <source>A help desk is in use in this portal.</source>
        <translation>In diesem Account wird ein Help Desk verwendet.</translation>
    </message>
    <message>
        <source>No help desk: conversations arrive in an ordinary inbox, which OpenCX also answers.</source>
        <translation>Kein Help Desk: Konversationen gehen in einem normalen Postfach ein, das OpenCX ebenfalls beantwortet.</translation>
    </message>
    <message>
        <source>Permissions: HubSpot did not report which permissions were granted.</source>
        <translation>Berechtigungen: HubSpot hat nicht gemeldet, welche Berechtigungen erteilt wurden.</translation>
    </message>
    <message>
        <source>Permission %1 is missing: %2.</source>
        <translation>Berechtigung %1 fehlt: %2.</translation>
    </message>
    <message>
        <source>OpenCX needs it</source>
        <translation>OpenCX braucht sie</translation>
    </message>
    <message numerus="yes">
        <source>Permissions: all %n that OpenCX requires were granted.</source>
        <translation>
            <numerusform>Berechtigungen: Die %n erforderliche Berechtigung wurde erteilt.</numerusform>
            <numerusform>Berechtigungen: Alle %n erforderlichen Berechtigungen wurden erteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: granted.</source>
        <translation>%1: erteilt.</translation>
    </message>
    <message>
        <source>an optional feature is off</source>
        <translation>eine optionale Funktion ist aus</translation>
    </message>
    <message>
        <source>%1: not granted, so %2. HubSpot leaves it out when the portal&apos;s subscription does not include it.</source>
        <translation>%1: nicht erteilt. Folge: %2. HubSpot lässt sie weg, wenn das Abonnement des Accounts sie nicht enthält.</translation>
    </message>
    <message>
        <source>Everything else works. If your subscription includes workflows, disconnect and connect again.</source>
        <translation>Alles andere funktioniert. Wenn Ihr Abonnement Workflows enthält, trennen Sie die Verbindung und verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>Workflow actions: not available with a legacy private app (only with “Connect with HubSpot”).</source>
        <translation>Workflow-Aktionen: mit einer privaten Legacy-App nicht verfügbar (nur mit „Mit HubSpot verbinden“).</translation>
    </message>
    <message>
        <source>Optional permission %1 (%2)</source>
        <translation>Optionale Berechtigung %1 (%2)</translation>
    </message>
    <message>
        <source>Optional permission %1</source>
        <translation>Optionale Berechtigung %1</translation>
    </message>
    <message>
        <source>Add it on the legacy app&apos;s Scopes tab in HubSpot, click Commit changes, then check the token again.</source>
        <translation>Fügen Sie sie in HubSpot im Tab „Bereiche“ der Legacy-App hinzu, klicken Sie auf „Änderungen übernehmen“ und prüfen Sie das Token dann erneut.</translation>
    </message>
    <message>
        <source>Disconnect, then connect with HubSpot again and approve every permission.</source>
        <translation>Trennen Sie die Verbindung, verbinden Sie dann erneut mit HubSpot und geben Sie jede Berechtigung frei.</translation>
    </message>
</context>
<context>
    <name>flow.problems</name>
    <message>
        <source>Check this field</source>
        <translation>Bitte dieses Feld prüfen</translation>
    </message>
    <message>
        <source>Correct the field and try again.</source>
        <translation>Korrigieren Sie das Feld und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, export diagnostics from the Summary page for OpenCX support.</source>
        <translation>Versuchen Sie es erneut. Wenn es wieder passiert, exportieren Sie auf der Seite „Zusammenfassung“ eine Diagnosedatei für den OpenCX-Support.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, send %1 to OpenCX support.</source>
        <translation>Versuchen Sie es erneut. Wenn es wieder passiert, senden Sie %1 an den OpenCX-Support.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>The assistant ran into an unexpected problem and stopped this action.</source>
        <translation>Der Assistent ist auf ein unerwartetes Problem gestoßen und hat diesen Vorgang abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The command was interrupted before it finished.</source>
        <translation>Der Befehl wurde unterbrochen, bevor er fertig war.</translation>
    </message>
    <message>
        <source>Run it again; steps already done are not repeated.</source>
        <translation>Führen Sie ihn erneut aus; bereits erledigte Schritte werden nicht wiederholt.</translation>
    </message>
    <message>
        <source>Not signed in to OpenCX</source>
        <translation>Nicht bei OpenCX angemeldet</translation>
    </message>
    <message>
        <source>This computer has no saved OpenCX session, and no API key was given.</source>
        <translation>Auf diesem Computer ist keine OpenCX-Anmeldung gespeichert, und es wurde kein API-Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>Set %1 to an owner&apos;s or admin&apos;s OpenCX API key (or use %2), or sign in once with the assistant.</source>
        <translation>Setzen Sie %1 auf den OpenCX-API-Schlüssel eines Inhabers oder Admins (oder verwenden Sie %2), oder melden Sie sich einmal im Assistenten an.</translation>
    </message>
    <message>
        <source>Only OpenCX owners and admins can connect HubSpot</source>
        <translation>Nur Inhaber und Admins in OpenCX können HubSpot verbinden</translation>
    </message>
    <message>
        <source>Run the setup with an owner&apos;s or admin&apos;s API key or browser sign-in.</source>
        <translation>Führen Sie die Einrichtung mit dem API-Schlüssel oder der Browser-Anmeldung eines Inhabers oder Admins aus.</translation>
    </message>
    <message>
        <source>HubSpot is not connected</source>
        <translation>HubSpot ist nicht verbunden</translation>
    </message>
    <message>
        <source>There is no connection to export for this OpenCX organization.</source>
        <translation>Für diese OpenCX-Organisation gibt es keine Verbindung zum Exportieren.</translation>
    </message>
    <message>
        <source>Connect HubSpot first (with the assistant or %1).</source>
        <translation>Verbinden Sie zuerst HubSpot (im Assistenten oder mit %1).</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weiterer Punkt</numerusform>
            <numerusform>... und %n weitere Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers file cannot be used</source>
        <translation>Die Antwortdatei kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>Correct the file (%1 describes every setting) and run again. Nothing was changed: the whole file is checked before anything is saved.</source>
        <translation>Korrigieren Sie die Datei (%1 beschreibt jede Einstellung) und führen Sie den Befehl erneut aus. Es wurde nichts geändert: Die ganze Datei wird geprüft, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>An answer was refused</source>
        <translation>Eine Antwort wurde abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Correct the answers file and run again; nothing else was changed by this step.</source>
        <translation>Korrigieren Sie die Antwortdatei und führen Sie den Befehl erneut aus; sonst wurde in diesem Schritt nichts geändert.</translation>
    </message>
    <message>
        <source>The setup is not complete</source>
        <translation>Die Einrichtung ist nicht vollständig</translation>
    </message>
    <message>
        <source>Add the missing answer to the answers file and run again.</source>
        <translation>Ergänzen Sie die fehlende Antwort in der Antwortdatei und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>The %1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>The answers file says the %1 is in %2, but nothing is there.</source>
        <translation>Die Antwortdatei nennt diese Quelle für „%1“: %2. Dort ist aber nichts.</translation>
    </message>
    <message>
        <source>No private app token</source>
        <translation>Zugriffstoken der privaten App fehlt</translation>
    </message>
    <message>
        <source>Not a private app token</source>
        <translation>Kein Zugriffstoken einer privaten App</translation>
    </message>
    <message>
        <source>The token is not usable.</source>
        <translation>Das Token ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>Copy the token from the private app&apos;s Auth tab in HubSpot and put it in %1.</source>
        <translation>Kopieren Sie das Token in HubSpot aus dem Tab „Authentifizierung“ der privaten App und hinterlegen Sie es hier: %1.</translation>
    </message>
    <message>
        <source>Reconnect with an OAuth answers file (%1), or in the assistant&apos;s HubSpot connection page.</source>
        <translation>Verbinden Sie erneut: mit einer OAuth-Antwortdatei (%1) oder im Assistenten auf der Seite „HubSpot-Verbindung“.</translation>
    </message>
    <message>
        <source>HubSpot is connected another way</source>
        <translation>HubSpot ist auf andere Weise verbunden</translation>
    </message>
    <message>
        <source>Portal %1 is connected through the %2; the answers file asks for the %3.</source>
        <translation>Account %1 ist über die %2 verbunden; die Antwortdatei verlangt die %3.</translation>
    </message>
    <message>
        <source>Disconnect HubSpot first (in the assistant&apos;s manage page), or change method in the answers file.</source>
        <translation>Trennen Sie HubSpot zuerst (im Assistenten auf der Seite „HubSpot-Verbindung“), oder ändern Sie die Methode in der Antwortdatei.</translation>
    </message>
    <message>
        <source>Approve %1 on HubSpot&apos;s screen and run again. To move OpenCX to %2 instead, set %3 in the answers file.</source>
        <translation>Wählen Sie auf der Freigabeseite von HubSpot %1 aus und führen Sie den Befehl erneut aus. Um OpenCX stattdessen zu %2 umzuziehen, setzen Sie %3 in der Antwortdatei.</translation>
    </message>
    <message>
        <source>Another HubSpot portal is connected</source>
        <translation>Ein anderer HubSpot-Account ist verbunden</translation>
    </message>
    <message>
        <source>The answers file expects portal %1, but portal %2 is connected.</source>
        <translation>Die Antwortdatei erwartet Account %1, verbunden ist aber Account %2.</translation>
    </message>
    <message>
        <source>Choose the right portal on HubSpot&apos;s consent screen, or disconnect and run again.</source>
        <translation>Wählen Sie auf der Freigabeseite von HubSpot den richtigen Account aus, oder trennen Sie die Verbindung und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message numerus="yes">
        <source>After %n second(s) this check had not happened: %1.</source>
        <translation>
            <numerusform>Nach %n Sekunde war dies noch nicht geschehen: %1.</numerusform>
            <numerusform>Nach %n Sekunden war dies noch nicht geschehen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>After %1 seconds this check had not happened: %2.</source>
        <translation>Nach %1 Sekunden war dies noch nicht geschehen: %2.</translation>
    </message>
    <message>
        <source>The test message checklist did not finish</source>
        <translation>Die Checkliste zur Testnachricht wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Send the test message to an address or chat widget HubSpot routes, then run again (or raise %1).</source>
        <translation>Senden Sie die Testnachricht an eine Adresse oder ein Chat-Widget, das HubSpot in ein Postfach leitet, und führen Sie den Befehl erneut aus (oder erhöhen Sie %1).</translation>
    </message>
    <message>
        <source>The test message checklist stopped</source>
        <translation>Die Checkliste zur Testnachricht wurde abgebrochen</translation>
    </message>
    <message>
        <source>This check did not pass: %1.</source>
        <translation>Dieser Prüfpunkt ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Not every check passed.</source>
        <translation>Nicht alle Prüfpunkte wurden bestanden.</translation>
    </message>
    <message>
        <source>Look at the checklist in the assistant for the likely cause.</source>
        <translation>Die wahrscheinliche Ursache sehen Sie in der Checkliste im Assistenten.</translation>
    </message>
    <message>
        <source>You are signed out of OpenCX</source>
        <translation>Sie sind von OpenCX abgemeldet</translation>
    </message>
    <message>
        <source>Your OpenCX sign-in has ended or is no longer accepted.</source>
        <translation>Ihre OpenCX-Anmeldung ist abgelaufen oder wird nicht mehr akzeptiert.</translation>
    </message>
    <message>
        <source>Sign in to OpenCX again.</source>
        <translation>Melden Sie sich erneut bei OpenCX an.</translation>
    </message>
    <message>
        <source>OpenCX did not confirm the connection</source>
        <translation>OpenCX hat die Verbindung nicht bestätigt</translation>
    </message>
    <message>
        <source>The credentials were sent, but OpenCX does not show HubSpot as connected.</source>
        <translation>Die Zugangsdaten wurden gesendet, aber OpenCX zeigt HubSpot nicht als verbunden an.</translation>
    </message>
    <message>
        <source>Try Save again. If it keeps happening, export diagnostics for support.</source>
        <translation>Klicken Sie erneut auf „In OpenCX speichern“. Wenn das Problem bleibt, exportieren Sie eine Diagnosedatei für den Support.</translation>
    </message>
    <message>
        <source>This API key was not copied correctly</source>
        <translation>Dieser API-Schlüssel wurde nicht richtig kopiert</translation>
    </message>
    <message>
        <source>Add them on the app&apos;s Scopes tab in HubSpot, click Commit changes, then paste the token and check it again.</source>
        <translation>Fügen Sie die fehlenden Bereiche in HubSpot im Tab „Bereiche“ der App hinzu und klicken Sie auf „Änderungen übernehmen“. Fügen Sie dann das Token ein und prüfen Sie es erneut.</translation>
    </message>
    <message>
        <source>Add them on the app&apos;s Scopes tab in HubSpot, click Commit changes, then run again.</source>
        <translation>Fügen Sie die fehlenden Bereiche in HubSpot im Tab „Bereiche“ der App hinzu, klicken Sie auf „Änderungen übernehmen“ und führen Sie den Befehl dann erneut aus.</translation>
    </message>
    <message>
        <source>The legacy app is missing scopes</source>
        <translation>Der Legacy-App fehlen Berechtigungen (Bereiche)</translation>
    </message>
    <message>
        <source>HubSpot accepted the token, but the app is missing these scopes: %1.</source>
        <translation>HubSpot hat das Token akzeptiert, aber der App fehlen diese Bereiche: %1.</translation>
    </message>
    <message>
        <source>You approved a different HubSpot portal</source>
        <translation>Sie haben einen anderen HubSpot-Account freigegeben</translation>
    </message>
    <message>
        <source>OpenCX is connected to %1, but you approved %2 in HubSpot. Nothing has changed yet.</source>
        <translation>OpenCX ist mit %1 verbunden, Sie haben in HubSpot aber %2 freigegeben. Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Go back to the setup assistant: it asks whether OpenCX moves to the new portal or stays with the one it has.</source>
        <translation>Wechseln Sie zurück zum Einrichtungsassistenten: Er fragt, ob OpenCX zum neuen Account wechselt oder beim bisherigen bleibt.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Versuchen Sie es erneut. Wenn das Problem bleibt, exportieren Sie eine Diagnosedatei für den Support.</translation>
    </message>
    <message>
        <source>Access was not allowed</source>
        <translation>Zugriff wurde nicht erlaubt</translation>
    </message>
    <message>
        <source>You chose not to allow access.</source>
        <translation>Sie haben den Zugriff nicht erlaubt.</translation>
    </message>
    <message>
        <source>To continue, try again and choose to allow access on that page.</source>
        <translation>Um fortzufahren, versuchen Sie es erneut und erlauben Sie auf dieser Seite den Zugriff.</translation>
    </message>
    <message>
        <source>Your HubSpot user may not install apps in that portal</source>
        <translation>Ihr HubSpot-Benutzer darf in diesem Account keine Apps installieren</translation>
    </message>
    <message>
        <source>In the portal you chose, your HubSpot user is not a super admin and does not have the App Marketplace Access permission, which HubSpot requires to install apps like OpenCX.</source>
        <translation>In dem gewählten Account ist Ihr HubSpot-Benutzer weder Super-Admin, noch hat er die Berechtigung „Zugriff auf App Marketplace“. HubSpot verlangt eines davon, um Apps wie OpenCX zu installieren.</translation>
    </message>
    <message>
        <source>Ask a super admin of that portal to connect OpenCX, or to give you App Marketplace Access (HubSpot: Settings → Users &amp; Teams), then try again.</source>
        <translation>Bitten Sie einen Super-Admin dieses Accounts, OpenCX zu verbinden oder Ihnen „Zugriff auf App Marketplace“ zu geben (in HubSpot: Einstellungen → Benutzer und Teams). Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>That HubSpot portal needs Service Hub</source>
        <translation>Dieser HubSpot-Account braucht Service Hub</translation>
    </message>
    <message>
        <source>HubSpot says the OpenCX app is not available for the selected portal, because the portal does not have Service Hub Starter or above. OpenCX needs it for HubSpot conversations and tickets.</source>
        <translation>HubSpot meldet, dass die OpenCX-App für den gewählten Account nicht verfügbar ist, weil der Account nicht mindestens Service Hub Starter hat. OpenCX braucht das für Konversationen und Tickets in HubSpot.</translation>
    </message>
    <message>
        <source>Choose a portal that has Service Hub, or add Service Hub to this one in HubSpot (Account &amp; Billing), then try again.</source>
        <translation>Wählen Sie einen Account mit Service Hub, oder buchen Sie Service Hub für diesen Account in HubSpot hinzu (Account &amp; Abrechnung). Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The connection did not go through</source>
        <translation>Die Verbindung kam nicht zustande</translation>
    </message>
    <message>
        <source>Something went wrong on the other side while finishing this step.</source>
        <translation>Beim Abschließen dieses Schritts ist auf der anderen Seite etwas schiefgelaufen.</translation>
    </message>
    <message>
        <source>Wait a minute and try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es erneut. Wenn das Problem bleibt, exportieren Sie eine Diagnosedatei für den Support.</translation>
    </message>
    <message>
        <source>The browser came back with an error the assistant does not know.</source>
        <translation>Der Browser hat einen Fehler zurückgemeldet, den der Assistent nicht kennt.</translation>
    </message>
    <message numerus="yes">
        <source>The assistant waited %n minute(s) for the browser and stopped.</source>
        <translation>
            <numerusform>Der Assistent hat %n Minute auf den Browser gewartet und dann aufgehört.</numerusform>
            <numerusform>Der Assistent hat %n Minuten auf den Browser gewartet und dann aufgehört.</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser step took too long</source>
        <translation>Der Schritt im Browser hat zu lange gedauert</translation>
    </message>
    <message>
        <source>Try again. If the browser did not open, use Copy link and open it yourself.</source>
        <translation>Versuchen Sie es erneut. Wenn sich der Browser nicht geöffnet hat, klicken Sie auf „Link kopieren“ und öffnen Sie den Link selbst.</translation>
    </message>
    <message>
        <source>Start again when you are ready.</source>
        <translation>Starten Sie erneut, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>The browser step could not start</source>
        <translation>Der Schritt im Browser konnte nicht starten</translation>
    </message>
    <message>
        <source>The service gave an address the assistant will not open.</source>
        <translation>Der Dienst hat eine Adresse geliefert, die der Assistent aus Sicherheitsgründen nicht öffnet.</translation>
    </message>
    <message>
        <source>This computer did not let the assistant receive the browser&apos;s answer.</source>
        <translation>Dieser Computer hat verhindert, dass der Assistent die Antwort des Browsers empfängt.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, restart the computer, or ask your IT team whether security software blocks programs from listening on this computer.</source>
        <translation>Versuchen Sie es erneut. Wenn das Problem bleibt, starten Sie den Computer neu oder fragen Sie Ihr IT-Team, ob eine Sicherheitssoftware Programme daran hindert, auf diesem Computer Verbindungen anzunehmen.</translation>
    </message>
</context>
<context>
    <name>flow.reconnect</name>
    <message>
        <source>%1 (portal %2)</source>
        <translation>%1 (Account %2)</translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>HubSpot needs you to reconnect</source>
        <translation>HubSpot muss erneut verbunden werden</translation>
    </message>
    <message>
        <source>Reconnect with HubSpot</source>
        <translation>Erneut mit HubSpot verbinden</translation>
    </message>
    <message>
        <source>Reconnecting opens HubSpot&apos;s approval screen again and keeps who the AI posts as, your email signatures and Autopilot.</source>
        <translation>Beim erneuten Verbinden öffnet sich die Freigabeseite von HubSpot noch einmal. Der Absender der KI, Ihre E-Mail-Signaturen und Autopilot bleiben erhalten.</translation>
    </message>
    <message>
        <source>HubSpot no longer lets OpenCX into %1. This happens when the OpenCX app was uninstalled in HubSpot or its permissions were changed. Until you reconnect, OpenCX cannot read or answer this portal&apos;s conversations.</source>
        <translation>HubSpot lässt OpenCX nicht mehr auf %1 zugreifen. Das passiert, wenn die OpenCX-App in HubSpot deinstalliert oder ihre Berechtigungen geändert wurden. Bis Sie erneut verbinden, kann OpenCX die Konversationen dieses Accounts weder lesen noch beantworten.</translation>
    </message>
    <message>
        <source>Workflow actions: HubSpot workflows can pause, resume or call the OpenCX AI.</source>
        <translation>Workflow-Aktionen: HubSpot-Workflows können die OpenCX-KI pausieren, fortsetzen oder aufrufen.</translation>
    </message>
    <message>
        <source>No keys to paste or renew: HubSpot lets OpenCX in and renews that access by itself.</source>
        <translation>Keine Schlüssel zum Einfügen oder Erneuern: HubSpot gewährt OpenCX den Zugriff und erneuert ihn selbst.</translation>
    </message>
    <message>
        <source>Webhooks set up for you: no subscriptions to keep up in the legacy app.</source>
        <translation>Webhooks (die Benachrichtigungen von HubSpot an OpenCX) werden für Sie eingerichtet: In der Legacy-App müssen Sie keine Abonnements mehr pflegen.</translation>
    </message>
    <message>
        <source>Faster agent takeover: when an agent takes a conversation, the AI stops within about a second, not at the customer&apos;s next message.</source>
        <translation>Schnellere Übernahme durch Mitarbeiter: Übernimmt ein Mitarbeiter eine Konversation, stoppt die KI innerhalb von etwa einer Sekunde, nicht erst bei der nächsten Nachricht des Kunden.</translation>
    </message>
    <message>
        <source>Tickets, conversations, OpenCX sessions, the default user and your email signatures stay as they are.</source>
        <translation>Tickets, Konversationen, OpenCX-Sitzungen, der Standardbenutzer und Ihre E-Mail-Signaturen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Action recommended: switch to Connect with HubSpot</source>
        <translation>Empfohlen: Wechsel zu „Mit HubSpot verbinden“</translation>
    </message>
    <message>
        <source>Switch to Connect with HubSpot</source>
        <translation>Zu „Mit HubSpot verbinden“ wechseln</translation>
    </message>
    <message>
        <source>This portal is connected through a legacy private app, which HubSpot no longer lets anyone create. Switch it to “Connect with HubSpot”: you approve OpenCX once on HubSpot&apos;s own screen, without disconnecting. What changes:</source>
        <translation>Dieser Account ist über eine private Legacy-App verbunden, die HubSpot nicht mehr neu erstellen lässt. Wechseln Sie zu „Mit HubSpot verbinden“: Sie geben OpenCX einmal auf der Freigabeseite von HubSpot frei, ohne die Verbindung zu trennen. Was sich ändert:</translation>
    </message>
    <message>
        <source>%1 is connected through a legacy private app. When you approve OpenCX in HubSpot, it switches to “Connect with HubSpot” in place, without disconnecting. %2</source>
        <translation>%1 ist über eine private Legacy-App verbunden. Wenn Sie OpenCX in HubSpot freigeben, wechselt die Verbindung direkt zu „Mit HubSpot verbinden“, ohne Trennung. %2</translation>
    </message>
    <message>
        <source>Switched to Connect with HubSpot</source>
        <translation>Zu „Mit HubSpot verbinden“ gewechselt</translation>
    </message>
    <message>
        <source>Reconnected with HubSpot</source>
        <translation>Erneut mit HubSpot verbunden</translation>
    </message>
    <message>
        <source>OpenCX no longer uses the legacy private app. You can delete it in HubSpot if you like: Settings → Integrations → Private Apps → Legacy Apps → your app → Delete. Its webhook subscriptions are no longer needed.</source>
        <translation>OpenCX verwendet die private Legacy-App nicht mehr. Wenn Sie möchten, können Sie sie in HubSpot löschen: Einstellungen → Integrationen → Private Apps → Legacy-Apps → Ihre App → Löschen. Ihre Webhook-Abonnements werden nicht mehr gebraucht.</translation>
    </message>
    <message>
        <source>OpenCX can read and answer this portal&apos;s conversations again.</source>
        <translation>OpenCX kann die Konversationen dieses Accounts wieder lesen und beantworten.</translation>
    </message>
    <message>
        <source>Move OpenCX to another HubSpot portal?</source>
        <translation>OpenCX zu einem anderen HubSpot-Account umziehen?</translation>
    </message>
    <message>
        <source>OpenCX is connected to %1, but you approved %2 in HubSpot.

Continue with %2: OpenCX reads and answers that portal&apos;s conversations from now on. Choose again who the AI posts as, because that portal has its own teammates. Email signatures and Autopilot stay.

Cancel: nothing changes; OpenCX stays with %1.</source>
        <translation>OpenCX ist mit %1 verbunden, Sie haben in HubSpot aber %2 freigegeben.

Weiter mit %2: OpenCX liest und beantwortet ab jetzt die Konversationen dieses Accounts. Wählen Sie den Absender der KI neu, denn dieser Account hat eigene Teammitglieder. E-Mail-Signaturen und Autopilot bleiben.

Abbrechen: Nichts ändert sich; OpenCX bleibt bei %1.</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Weiter mit %1</translation>
    </message>
    <message>
        <source>Cancel, keep %1</source>
        <translation>Abbrechen, %1 behalten</translation>
    </message>
</context>
<context>
    <name>flow.signature_html</name>
    <message>
        <source>scripts</source>
        <translation>Skripte</translation>
    </message>
    <message>
        <source>event handlers (such as onclick)</source>
        <translation>Event-Handler (wie onclick)</translation>
    </message>
    <message>
        <source>forms</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <source>frames and embedded objects</source>
        <translation>Frames und eingebettete Objekte</translation>
    </message>
    <message>
        <source>style sheets</source>
        <translation>Stylesheets</translation>
    </message>
    <message>
        <source>remote background images</source>
        <translation>Hintergrundbilder aus dem Internet</translation>
    </message>
    <message>
        <source>images not served over https</source>
        <translation>Bilder, die nicht über https geladen werden</translation>
    </message>
    <message>
        <source>Removed for safety, because email signatures cannot contain them: %1.</source>
        <translation>Aus Sicherheitsgründen entfernt, weil E-Mail-Signaturen das nicht enthalten dürfen: %1.</translation>
    </message>
    <message>
        <source>The signature is larger than %1 KB. Email clients clip large signatures; link images instead of embedding them.</source>
        <translation>Die Signatur ist größer als %1 KB. E-Mail-Programme schneiden große Signaturen ab; verlinken Sie Bilder, statt sie einzubetten.</translation>
    </message>
    <message>
        <source>Nothing is left of this signature after removing what emails cannot contain. Paste the signature&apos;s HTML, or plain text.</source>
        <translation>Nach dem Entfernen dessen, was E-Mails nicht enthalten dürfen, bleibt von dieser Signatur nichts übrig. Fügen Sie den HTML-Code der Signatur oder reinen Text ein.</translation>
    </message>
    <message>
        <source>Write the signature first.</source>
        <translation>Schreiben Sie zuerst die Signatur.</translation>
    </message>
    <message>
        <source>Type the address the link opens, like https://acme.com.</source>
        <translation>Geben Sie die Adresse ein, die der Link öffnet, etwa https://acme.com.</translation>
    </message>
    <message>
        <source>That address has no site in it, like https://acme.com.</source>
        <translation>In dieser Adresse fehlt die Website. Richtig ist etwa https://acme.com.</translation>
    </message>
    <message>
        <source>Links to the email address %1.</source>
        <translation>Verlinkt auf die E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>Links to %1.</source>
        <translation>Verlinkt auf %1.</translation>
    </message>
    <message>
        <source>A signature link opens a web page (https://…), an email address (mailto:…) or a phone number (tel:…).</source>
        <translation>Ein Link in der Signatur öffnet eine Webseite (https://…), eine E-Mail-Adresse (mailto:…) oder eine Telefonnummer (tel:…).</translation>
    </message>
    <message>
        <source>An address has no spaces. Copy it from the browser&apos;s bar.</source>
        <translation>Eine Adresse enthält keine Leerzeichen. Kopieren Sie sie aus der Adressleiste des Browsers.</translation>
    </message>
    <message>
        <source>Type the image&apos;s address, like https://acme.com/logo.png. Upload the image to your website first if it is only on your computer.</source>
        <translation>Geben Sie die Adresse des Bildes ein, etwa https://acme.com/logo.png. Liegt das Bild nur auf Ihrem Computer, laden Sie es zuerst auf Ihre Website hoch.</translation>
    </message>
    <message>
        <source>Email programs block images on plain http. Use the image&apos;s https:// address.</source>
        <translation>E-Mail-Programme blockieren Bilder über einfaches http. Verwenden Sie die https://-Adresse des Bildes.</translation>
    </message>
    <message>
        <source>Use the address of an image on the web, starting with https://.</source>
        <translation>Verwenden Sie die Adresse eines Bildes im Internet, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Uses %1.</source>
        <translation>Verwendet %1.</translation>
    </message>
    <message>
        <source>That address has no site in it, like https://acme.com/logo.png.</source>
        <translation>In dieser Adresse fehlt die Website. Richtig ist etwa https://acme.com/logo.png.</translation>
    </message>
</context>
<context>
    <name>flow.signatures</name>
    <message>
        <source>%1 matches %2 exactly, and exact matches always win.</source>
        <translation>%1 passt genau auf %2, und genaue Treffer haben immer Vorrang.</translation>
    </message>
    <message>
        <source>%1 ends with .%2, the most specific matching ending.</source>
        <translation>%1 endet auf .%2, die genaueste passende Endung.</translation>
    </message>
    <message>
        <source>There is already a signature for %1. Edit that one instead.</source>
        <translation>Für %1 gibt es bereits eine Signatur. Bearbeiten Sie stattdessen diese.</translation>
    </message>
</context>
<context>
    <name>flow.steps</name>
    <message>
        <source>OAuth Public App</source>
        <translation>OAuth Public App</translation>
    </message>
    <message>
        <source>legacy private app</source>
        <translation>private Legacy-App</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Sign in to OpenCX</source>
        <translation>Bei OpenCX anmelden</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Verbindungsart</translation>
    </message>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Mit HubSpot verbinden</translation>
    </message>
    <message>
        <source>Find your legacy app</source>
        <translation>Legacy-App finden</translation>
    </message>
    <message>
        <source>Save the private app token</source>
        <translation>Token speichern</translation>
    </message>
    <message>
        <source>Who the AI posts as</source>
        <translation>Absender der KI</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>E-Mail-Signaturen</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Workflow-Aktionen</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>HubSpot connection</source>
        <translation>HubSpot-Verbindung</translation>
    </message>
</context>
<context>
    <name>flow.tokens</name>
    <message>
        <source>The word &quot;Bearer&quot; in front of the token was removed.</source>
        <translation>Das Wort „Bearer“ vor dem Token wurde entfernt.</translation>
    </message>
    <message>
        <source>Paste the private app access token.</source>
        <translation>Fügen Sie das Zugriffstoken der privaten App ein.</translation>
    </message>
    <message>
        <source>That is much longer than a private app token. Copy only the token.</source>
        <translation>Das ist viel länger als ein Zugriffstoken einer privaten App. Kopieren Sie nur das Token.</translation>
    </message>
    <message>
        <source>The token has spaces or line breaks in the middle. Copy it again in one piece.</source>
        <translation>Das Token enthält mittendrin Leerzeichen oder Zeilenumbrüche. Kopieren Sie es noch einmal am Stück.</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings → Integrations → Private Apps → Legacy Apps, open your app, and on the Auth tab click Show token, then Copy.</source>
        <translation>Öffnen Sie in HubSpot Einstellungen → Integrationen → Private Apps → Legacy-Apps, öffnen Sie Ihre App und klicken Sie im Tab „Authentifizierung“ auf „Token anzeigen“ und dann auf „Kopieren“.</translation>
    </message>
    <message>
        <source>This starts like a private app token but is incomplete or has extra characters. Copy it again.</source>
        <translation>Das beginnt wie ein Zugriffstoken einer privaten App, ist aber unvollständig oder enthält zusätzliche Zeichen. Kopieren Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This looks like a developer API key, not a private app token. Private app tokens start with pat-.</source>
        <translation>Das sieht nach einem Entwickler-API-Schlüssel aus, nicht nach einem Zugriffstoken einer privaten App. Diese beginnen mit pat-.</translation>
    </message>
    <message>
        <source>This looks like an OAuth refresh token. The legacy path needs the private app token, which starts with pat-.</source>
        <translation>Das sieht nach einem OAuth-Refresh-Token aus. Für den Legacy-Weg brauchen Sie das Zugriffstoken der privaten App, das mit pat- beginnt.</translation>
    </message>
    <message>
        <source>This looks like an OAuth access token or a personal access key. The legacy path needs the private app token, which starts with pat-.</source>
        <translation>Das sieht nach einem OAuth-Zugriffstoken oder einem persönlichen Zugriffsschlüssel aus. Für den Legacy-Weg brauchen Sie das Zugriffstoken der privaten App, das mit pat- beginnt.</translation>
    </message>
    <message>
        <source>This is not a HubSpot private app token; those start with pat-.</source>
        <translation>Das ist kein Zugriffstoken einer privaten HubSpot-App; diese beginnen mit pat-.</translation>
    </message>
</context>
<context>
    <name>flow.user_ids</name>
    <message>
        <source>Pick the teammate from the list, or in HubSpot open Settings → Users &amp; Teams, open the teammate&apos;s profile and copy the number at the end of the address.</source>
        <translation>Wählen Sie das Teammitglied aus der Liste, oder öffnen Sie in HubSpot Einstellungen → Benutzer und Teams, öffnen Sie das Profil des Teammitglieds und kopieren Sie die Zahl am Ende der Adresse.</translation>
    </message>
    <message>
        <source>Enter the HubSpot user ID.</source>
        <translation>Geben Sie die HubSpot-Benutzer-ID ein.</translation>
    </message>
    <message>
        <source>HubSpot wants the number only, so &quot;%1&quot; became %2.</source>
        <translation>HubSpot braucht nur die Zahl, daher wurde aus „%1“ %2.</translation>
    </message>
    <message>
        <source>The user ID is a number, like 1234567, with no letters.</source>
        <translation>Die Benutzer-ID ist eine Zahl ohne Buchstaben, etwa 1234567.</translation>
    </message>
    <message>
        <source>That address is not a HubSpot page.</source>
        <translation>Diese Adresse ist keine HubSpot-Seite.</translation>
    </message>
    <message>
        <source>That HubSpot address does not end with a user ID. Open the teammate&apos;s profile itself and copy its address.</source>
        <translation>Diese HubSpot-Adresse endet nicht mit einer Benutzer-ID. Öffnen Sie direkt das Profil des Teammitglieds und kopieren Sie dessen Adresse.</translation>
    </message>
    <message>
        <source>Took the user ID %1 from the end of the HubSpot address.</source>
        <translation>Die Benutzer-ID %1 wurde vom Ende der HubSpot-Adresse übernommen.</translation>
    </message>
    <message>
        <source>0 is not a HubSpot user ID.</source>
        <translation>0 ist keine HubSpot-Benutzer-ID.</translation>
    </message>
    <message>
        <source>That number is too long to be a HubSpot user ID.</source>
        <translation>Diese Zahl ist zu lang für eine HubSpot-Benutzer-ID.</translation>
    </message>
    <message>
        <source>Leading zeros were removed: %1.</source>
        <translation>Führende Nullen wurden entfernt: %1.</translation>
    </message>
    <message>
        <source>Not a HubSpot user ID.</source>
        <translation>Keine HubSpot-Benutzer-ID.</translation>
    </message>
    <message>
        <source>Nobody in this HubSpot portal has the user ID %1. Pick the teammate from the list, or check the number in HubSpot under Settings → Users &amp; Teams.</source>
        <translation>Niemand in diesem HubSpot-Account hat die Benutzer-ID %1. Wählen Sie das Teammitglied aus der Liste, oder prüfen Sie die Zahl in HubSpot unter Einstellungen → Benutzer und Teams.</translation>
    </message>
    <message>
        <source>%1 is the owner number of %2; their user ID is %3.</source>
        <translation>%1 ist die Owner-ID von %2 in HubSpot; die Benutzer-ID ist %3.</translation>
    </message>
    <message>
        <source>User ID %1 is %2.</source>
        <translation>Benutzer-ID %1 gehört zu %2.</translation>
    </message>
</context>
<context>
    <name>flow.workflow_actions</name>
    <message>
        <source>✓ Installed</source>
        <translation>✓ Installiert</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>%1 of %2 installed</source>
        <translation>%1 von %2 installiert</translation>
    </message>
    <message>
        <source>OpenCX has not reported the workflow actions yet.</source>
        <translation>OpenCX hat die Workflow-Aktionen noch nicht gemeldet.</translation>
    </message>
    <message>
        <source>Not installed: %1. OpenCX adds them when you connect with HubSpot: disconnect and connect with HubSpot again to add them, or ask OpenCX support.</source>
        <translation>Nicht installiert: %1. OpenCX fügt sie beim Verbinden mit HubSpot hinzu: Trennen Sie die Verbindung und verbinden Sie erneut mit HubSpot, oder wenden Sie sich an den OpenCX-Support.</translation>
    </message>
    <message>
        <source>All four actions are ready to use in your workflows.</source>
        <translation>Alle vier Aktionen sind in Ihren Workflows einsatzbereit.</translation>
    </message>
</context>
<context>
    <name>gui.answer_text</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Reconnect required</source>
        <translation>Erneute Verbindung nötig</translation>
    </message>
    <message>
        <source>Connected through “Connect with HubSpot”</source>
        <translation>Verbunden über „Mit HubSpot verbinden“</translation>
    </message>
    <message>
        <source>Connected with a legacy private app</source>
        <translation>Verbunden über eine private Legacy-App</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Open the HubSpot inbox</source>
        <translation>HubSpot-Postfach öffnen</translation>
    </message>
    <message>
        <source>%1 (portal ID %2)</source>
        <translation>%1 (Account-ID %2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 (signed in as %2)</source>
        <translation>%1 (angemeldet als %2)</translation>
    </message>
    <message>
        <source>User ID %1</source>
        <translation>Benutzer-ID %1</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>Not read from OpenCX yet</source>
        <translation>Noch nicht von OpenCX gelesen</translation>
    </message>
    <message>
        <source>on for %1; off for %2</source>
        <translation>an für %1; aus für %2</translation>
    </message>
    <message>
        <source>on for %1</source>
        <translation>an für %1</translation>
    </message>
    <message>
        <source>off for %1</source>
        <translation>aus für %1</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Keine (optional)</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>All four installed</source>
        <translation>Alle vier installiert</translation>
    </message>
    <message>
        <source>%1 of %2 installed</source>
        <translation>%1 von %2 installiert</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Open the OpenCX session</source>
        <translation>OpenCX-Sitzung öffnen</translation>
    </message>
    <message>
        <source>All checks passed</source>
        <translation>Alle Prüfpunkte bestanden</translation>
    </message>
    <message>
        <source>Passed; as set up, not done: %1</source>
        <translation>Bestanden; laut Einrichtung entfällt: %1</translation>
    </message>
    <message>
        <source>Stopped at: %1</source>
        <translation>Angehalten bei: %1</translation>
    </message>
    <message>
        <source>Not finished (%1 of 5 checks passed)</source>
        <translation>Nicht abgeschlossen (%1 von 5 Prüfpunkten bestanden)</translation>
    </message>
</context>
<context>
    <name>gui.crash_dialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>The assistant ran into a problem it did not expect. Your progress is saved. You can keep going, or quit and open the assistant again. If it happens again, save the diagnostics and send the file to OpenCX support.</source>
        <translation>Der Assistent ist auf ein unerwartetes Problem gestoßen. Ihr Fortschritt ist gespeichert. Sie können weitermachen oder den Assistenten beenden und neu öffnen. Wenn es wieder passiert, speichern Sie die Diagnosedatei und senden Sie sie an den OpenCX-Support.</translation>
    </message>
    <message>
        <source>The assistant closed unexpectedly last time</source>
        <translation>Der Assistent wurde beim letzten Mal unerwartet beendet</translation>
    </message>
    <message>
        <source>Your progress was saved and the setup continues where you left off. A report of what happened was kept: save the diagnostics to send it to OpenCX support.</source>
        <translation>Ihr Fortschritt wurde gespeichert, und die Einrichtung geht dort weiter, wo Sie aufgehört haben. Ein Bericht über das Geschehene wurde aufbewahrt: Speichern Sie die Diagnosedatei, um ihn an den OpenCX-Support zu senden.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Save diagnostics…</source>
        <translation>Diagnosedatei speichern…</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Save diagnostics for OpenCX support</source>
        <translation>Diagnosedatei für den OpenCX-Support speichern</translation>
    </message>
    <message>
        <source>Diagnostics bundle (*.zip)</source>
        <translation>Diagnosedatei (*.zip)</translation>
    </message>
    <message>
        <source>Saved as %1. It contains no passwords or keys; send it to OpenCX support.</source>
        <translation>Gespeichert als %1. Die Datei enthält keine Passwörter oder Schlüssel; senden Sie sie an den OpenCX-Support.</translation>
    </message>
    <message>
        <source>Saving diagnostics…</source>
        <translation>Diagnosedatei wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>gui.launch</name>
    <message>
        <source>%1 This session keeps no log.</source>
        <translation>%1 Bei diesem Start wird kein Protokoll geführt.</translation>
    </message>
    <message>
        <source>%1 The setup works, but closing the assistant loses your place.</source>
        <translation>%1 Die Einrichtung funktioniert, aber wenn Sie den Assistenten schließen, geht Ihr Fortschritt verloren.</translation>
    </message>
    <message>
        <source>%1 is already open; it was brought to the front.</source>
        <translation>%1 ist bereits geöffnet und wurde in den Vordergrund geholt.</translation>
    </message>
</context>
<context>
    <name>gui.page</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>gui.pages.autopilot</name>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Autopilot for %1</source>
        <translation>Autopilot für %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>OpenCX replies on this channel</source>
        <translation>OpenCX antwortet auf diesem Kanal</translation>
    </message>
    <message>
        <source>OpenCX stores conversations but does not reply</source>
        <translation>OpenCX speichert Konversationen, antwortet aber nicht</translation>
    </message>
    <message>
        <source>Reading the Autopilot settings from OpenCX…</source>
        <translation>Autopilot-Einstellungen werden von OpenCX gelesen…</translation>
    </message>
    <message>
        <source>Turning Autopilot on for %1…</source>
        <translation>Autopilot wird für %1 eingeschaltet…</translation>
    </message>
    <message>
        <source>Turning Autopilot off for %1…</source>
        <translation>Autopilot wird für %1 ausgeschaltet…</translation>
    </message>
</context>
<context>
    <name>gui.pages.legacy_app</name>
    <message>
        <source>No legacy app in your portal? HubSpot no longer lets anyone create one: connect with HubSpot instead, the recommended way (about two minutes).</source>
        <translation>Keine Legacy-App in Ihrem Account? HubSpot lässt keine neuen mehr erstellen. Verbinden Sie OpenCX stattdessen direkt mit HubSpot – das ist der empfohlene Weg (etwa zwei Minuten).</translation>
    </message>
    <message>
        <source>Connect with HubSpot instead</source>
        <translation>Stattdessen mit HubSpot verbinden</translation>
    </message>
    <message>
        <source>In HubSpot, go to %1 and open the app OpenCX uses.</source>
        <translation>Gehen Sie in HubSpot zu %1 und öffnen Sie die App, die OpenCX verwendet.</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Getting your webhook URL from OpenCX…</source>
        <translation>Ihre Webhook-URL wird von OpenCX abgerufen…</translation>
    </message>
    <message>
        <source>Switching to Connect with HubSpot…</source>
        <translation>Wechsel zu „Mit HubSpot verbinden“…</translation>
    </message>
</context>
<context>
    <name>gui.pages.legacy_credentials</name>
    <message>
        <source>✓ Token checked with HubSpot: every required scope is granted.</source>
        <translation>✓ Token bei HubSpot geprüft: Alle erforderlichen Bereiche sind erteilt.</translation>
    </message>
    <message>
        <source>✓ Saved. OpenCX is connected to HubSpot portal %1.</source>
        <translation>✓ Gespeichert. OpenCX ist mit dem HubSpot-Account %1 verbunden.</translation>
    </message>
    <message>
        <source>Default user: %1, user ID %2</source>
        <translation>Standardbenutzer: %1, Benutzer-ID %2</translation>
    </message>
    <message>
        <source>Default user: user ID %1</source>
        <translation>Standardbenutzer: Benutzer-ID %1</translation>
    </message>
    <message>
        <source>Nobody in this HubSpot portal has the user ID %1. Pick the teammate from the list.</source>
        <translation>Niemand in diesem HubSpot-Account hat die Benutzer-ID %1. Wählen Sie das Teammitglied aus der Liste.</translation>
    </message>
    <message>
        <source>This looks like a private app token. Click Check token.</source>
        <translation>Das sieht nach einem Zugriffstoken einer privaten App aus. Klicken Sie auf „Token prüfen“.</translation>
    </message>
    <message>
        <source>Checking the token with HubSpot…</source>
        <translation>Token wird bei HubSpot geprüft…</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Ihre HubSpot-Teammitglieder werden geladen…</translation>
    </message>
    <message>
        <source>Saving the credentials in OpenCX…</source>
        <translation>Zugangsdaten werden in OpenCX gespeichert…</translation>
    </message>
</context>
<context>
    <name>gui.pages.manage</name>
    <message>
        <source>Default user</source>
        <translation>Standardbenutzer</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>Absender der KI</translation>
    </message>
    <message>
        <source>Reconnect with HubSpot first.</source>
        <translation>Verbinden Sie zuerst erneut mit HubSpot.</translation>
    </message>
    <message>
        <source>Reading the email signatures…</source>
        <translation>E-Mail-Signaturen werden gelesen…</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot…</source>
        <translation>HubSpot wird getrennt…</translation>
    </message>
</context>
<context>
    <name>gui.pages.method</name>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Mit HubSpot verbinden</translation>
    </message>
    <message>
        <source>Existing legacy app</source>
        <translation>Vorhandene Legacy-App</translation>
    </message>
    <message>
        <source>What&apos;s the di&amp;fference?</source>
        <translation>Was ist der &amp;Unterschied?</translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation>Ihre Auswahl wird gespeichert…</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot, then switching…</source>
        <translation>HubSpot wird getrennt, dann wird gewechselt…</translation>
    </message>
</context>
<context>
    <name>gui.pages.oauth_connect</name>
    <message>
        <source>Your browser opens HubSpot&apos;s consent screen. Choose the HubSpot portal OpenCX should use, review the permissions and click Connect app. HubSpot then sends you back, and this window continues on its own.</source>
        <translation>Ihr Browser öffnet die Freigabeseite von HubSpot. Wählen Sie den HubSpot-Account, den OpenCX verwenden soll, prüfen Sie die Berechtigungen und klicken Sie auf „App verbinden“. HubSpot leitet Sie danach zurück, und dieses Fenster macht von selbst weiter.</translation>
    </message>
    <message>
        <source>OpenCX asks for access to: %1.</source>
        <translation>OpenCX bittet um Zugriff auf: %1.</translation>
    </message>
    <message>
        <source>Connect with &amp;HubSpot</source>
        <translation>Mit &amp;HubSpot verbinden</translation>
    </message>
    <message>
        <source>To install OpenCX, your HubSpot user needs to be a super admin of the portal or have the App Marketplace Access permission. If the browser shows an error after you approved, click Try again.</source>
        <translation>Um OpenCX zu installieren, muss Ihr HubSpot-Benutzer Super-Admin des Accounts sein oder die Berechtigung „Zugriff auf App Marketplace“ haben. Zeigt der Browser nach der Freigabe einen Fehler, klicken Sie auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>HubSpot portal %1</source>
        <translation>HubSpot-Account %1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domain: %1</translation>
    </message>
    <message>
        <source>This portal does not have Service Hub Starter or above, which OpenCX needs for HubSpot conversations and tickets. %1 Upgrade the portal in HubSpot (Account &amp; Billing), or connect another portal.</source>
        <translation>Dieser Account hat nicht mindestens Service Hub Starter. OpenCX braucht das für Konversationen und Tickets in HubSpot. %1 Führen Sie in HubSpot ein Upgrade des Accounts durch (Account &amp; Abrechnung), oder verbinden Sie einen anderen Account.</translation>
    </message>
</context>
<context>
    <name>gui.pages.portal_report_section</name>
    <message>
        <source>Reading the portal from HubSpot…</source>
        <translation>Account-Daten werden von HubSpot gelesen…</translation>
    </message>
</context>
<context>
    <name>gui.pages.prerequisites</name>
    <message>
        <source>✓ Checked automatically from HubSpot portal details.</source>
        <translation>✓ Automatisch anhand der Daten des HubSpot-Accounts geprüft.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically from HubSpot portal details). %1</source>
        <translation>✗ Nicht erfüllt (automatisch anhand der Daten des HubSpot-Accounts geprüft). %1</translation>
    </message>
    <message>
        <source>✓ Checked automatically: you approved the HubSpot connection.</source>
        <translation>✓ Automatisch geprüft: Sie haben die HubSpot-Verbindung freigegeben.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically: you approved the HubSpot connection). %1</source>
        <translation>✗ Nicht erfüllt (automatisch geprüft: Sie haben die HubSpot-Verbindung freigegeben). %1</translation>
    </message>
    <message>
        <source>✓ Checked automatically from your OpenCX sign-in.</source>
        <translation>✓ Automatisch anhand Ihrer OpenCX-Anmeldung geprüft.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically from your OpenCX sign-in). %1</source>
        <translation>✗ Nicht erfüllt (automatisch anhand Ihrer OpenCX-Anmeldung geprüft). %1</translation>
    </message>
</context>
<context>
    <name>gui.pages.sender</name>
    <message>
        <source>The AI does not post as anyone yet. Click a teammate to choose.</source>
        <translation>Die KI hat noch keinen Absender. Klicken Sie auf ein Teammitglied, um es auszuwählen.</translation>
    </message>
    <message>
        <source>The AI posts as %1.</source>
        <translation>Die KI schreibt als %1.</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Ihre HubSpot-Teammitglieder werden geladen…</translation>
    </message>
    <message>
        <source>Saving who the AI posts as…</source>
        <translation>Absender der KI wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>gui.pages.signatures</name>
    <message>
        <source>Signature that applies</source>
        <translation>Geltende Signatur</translation>
    </message>
    <message>
        <source>Signature for %1</source>
        <translation>Signatur für %1</translation>
    </message>
    <message>
        <source>Reading your signatures from OpenCX…</source>
        <translation>Ihre Signaturen werden von OpenCX gelesen…</translation>
    </message>
    <message>
        <source>Images from the internet (such as a logo on https) are kept in the signature and show in real emails, but this preview does not load them.</source>
        <translation>Bilder aus dem Internet (etwa ein Logo über https) bleiben in der Signatur und erscheinen in echten E-Mails, aber diese Vorschau lädt sie nicht.</translation>
    </message>
    <message>
        <source>Edit the rule for %1</source>
        <translation>Regel für %1 bearbeiten</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Saving the signature…</source>
        <translation>Signatur wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Remove signature</source>
        <translation>Signatur entfernen</translation>
    </message>
    <message>
        <source>Remove the signature for %1?</source>
        <translation>Signatur für %1 entfernen?</translation>
    </message>
    <message>
        <source>The AI&apos;s emails from %1 will no longer get this signature. To use it again later, you would add the rule and write the signature again.</source>
        <translation>E-Mails der KI von %1 erhalten diese Signatur dann nicht mehr. Um sie später wieder zu verwenden, müssten Sie die Regel neu anlegen und die Signatur neu schreiben.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the signature for %1</source>
        <translation>Signatur für %1 entfernen</translation>
    </message>
    <message>
        <source>Keep the signature</source>
        <translation>Signatur behalten</translation>
    </message>
    <message>
        <source>Removing the signature…</source>
        <translation>Signatur wird entfernt…</translation>
    </message>
    <message>
        <source>Type a whole email address, like anna@shop.nl.</source>
        <translation>Geben Sie eine vollständige E-Mail-Adresse ein, etwa anna@shop.nl.</translation>
    </message>
    <message>
        <source>No rule matches %1, so its emails get no signature.</source>
        <translation>Keine Regel passt auf %1, daher erhalten E-Mails von dort keine Signatur.</translation>
    </message>
    <message>
        <source>The signature for %1. %2</source>
        <translation>Die Signatur für %1. %2</translation>
    </message>
</context>
<context>
    <name>gui.pages.signin</name>
    <message>
        <source>%1 · owner of %2</source>
        <translation>%1 · Inhaber von %2</translation>
    </message>
    <message>
        <source>%1 · admin of %2</source>
        <translation>%1 · Admin von %2</translation>
    </message>
    <message>
        <source>%1 · owner of %2 · with an API key</source>
        <translation>%1 · Inhaber von %2 · mit API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 · admin of %2 · with an API key</source>
        <translation>%1 · Admin von %2 · mit API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Sign in with your browser</source>
        <translation>Im Browser an&amp;melden</translation>
    </message>
    <message>
        <source>Create an API key in the OpenCX dashboard (Settings → Access) and paste it here. It is kept only while the assistant is open, never in a file.</source>
        <translation>Erstellen Sie im OpenCX-Dashboard einen API-Schlüssel (unter „Settings → Access“) und fügen Sie ihn hier ein. Er wird nur aufbewahrt, solange der Assistent geöffnet ist, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>%1 is a member of %2. Only owners and admins can connect HubSpot: ask an owner of %2 to make you an admin, or to run this setup. Then sign out and sign in again.</source>
        <translation>%1 ist Mitglied von %2. Nur Inhaber und Admins können HubSpot verbinden: Bitten Sie einen Inhaber von %2, Sie zum Admin zu machen oder diese Einrichtung selbst durchzuführen. Melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <source>Checking the API key with OpenCX…</source>
        <translation>API-Schlüssel wird bei OpenCX geprüft…</translation>
    </message>
    <message>
        <source>OpenCX did not accept this API key. Check that you copied the whole key and that it was not deleted in the dashboard, or sign in with the browser.</source>
        <translation>OpenCX hat diesen API-Schlüssel nicht akzeptiert. Prüfen Sie, ob Sie den ganzen Schlüssel kopiert haben und ob er im Dashboard nicht gelöscht wurde, oder melden Sie sich über den Browser an.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Sie werden abgemeldet…</translation>
    </message>
</context>
<context>
    <name>gui.pages.summary</name>
    <message>
        <source>Not available yet in this version.</source>
        <translation>In dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Default user</source>
        <translation>Standardbenutzer</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>Absender der KI</translation>
    </message>
    <message>
        <source>This is what was set up. Since then HubSpot has stopped OpenCX&apos;s access: reconnect above. Everything below stays as it is.</source>
        <translation>Das wurde eingerichtet. Seitdem hat HubSpot den Zugriff von OpenCX beendet: Verbinden Sie oben erneut. Alles hier Aufgeführte bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Save diagnostics for OpenCX support</source>
        <translation>Diagnosedatei für den OpenCX-Support speichern</translation>
    </message>
    <message>
        <source>Diagnostics bundle (*.zip)</source>
        <translation>Diagnosedatei (*.zip)</translation>
    </message>
    <message>
        <source>Writing the diagnostics file…</source>
        <translation>Diagnosedatei wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved as %1. It contains no passwords or tokens; send it to OpenCX support.</source>
        <translation>Gespeichert als %1. Die Datei enthält keine Passwörter oder anderen Zugangsdaten; senden Sie sie an den OpenCX-Support.</translation>
    </message>
</context>
<context>
    <name>gui.pages.test_checklist</name>
    <message>
        <source>Looking up your HubSpot inboxes…</source>
        <translation>Ihre HubSpot-Postfächer werden gesucht…</translation>
    </message>
    <message>
        <source>Checking whether Autopilot is on…</source>
        <translation>Es wird geprüft, ob Autopilot an ist…</translation>
    </message>
    <message>
        <source>✓ Autopilot is on for %1.</source>
        <translation>✓ Autopilot ist für %1 an.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1: OpenCX will store the conversation but the AI will not reply, so the test stops at the AI reply. Turn it on first.</source>
        <translation>Autopilot ist für %1 aus: OpenCX speichert die Konversation, aber die KI antwortet nicht, daher endet der Test bei der Antwort der KI. Schalten Sie Autopilot zuerst ein.</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Neu &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Start the test</source>
        <translation>Test &amp;starten</translation>
    </message>
    <message>
        <source>Send an email to %1 (HubSpot inbox “%2”).</source>
        <translation>Senden Sie eine E-Mail an %1 (HubSpot-Postfach „%2“).</translation>
    </message>
    <message>
        <source>Open %1 and write in its chat window (HubSpot inbox “%2”).</source>
        <translation>Öffnen Sie %1 und schreiben Sie in das Chatfenster (HubSpot-Postfach „%2“).</translation>
    </message>
    <message>
        <source>Checking Autopilot…</source>
        <translation>Autopilot wird geprüft…</translation>
    </message>
    <message>
        <source>HubSpot lists no inboxes for this portal. Connect an email address or the chat widget to a HubSpot inbox first (in HubSpot: Settings → Inboxes).</source>
        <translation>HubSpot zeigt für diesen Account keine Postfächer an. Verbinden Sie zuerst eine E-Mail-Adresse oder das Chat-Widget mit einem HubSpot-Postfach (in HubSpot: Einstellungen → Postfächer).</translation>
    </message>
    <message>
        <source>no channels connected</source>
        <translation>keine Kanäle verbunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an inbox: its channels</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your HubSpot inboxes and their channels:</source>
        <translation>Ihre HubSpot-Postfächer und ihre Kanäle:</translation>
    </message>
    <message>
        <source>The inboxes could not be listed. Use any HubSpot inbox address you know.</source>
        <translation>Die Postfächer konnten nicht aufgelistet werden. Verwenden Sie die Adresse eines HubSpot-Postfachs, die Sie kennen.</translation>
    </message>
    <message>
        <source>Turning Autopilot on…</source>
        <translation>Autopilot wird eingeschaltet…</translation>
    </message>
    <message>
        <source>Following the test message…</source>
        <translation>Die Testnachricht wird verfolgt…</translation>
    </message>
    <message>
        <source>Watching for another message…</source>
        <translation>Warten auf eine weitere Nachricht…</translation>
    </message>
    <message>
        <source>The practice customer is sending the message…</source>
        <translation>Der Übungskunde sendet die Nachricht…</translation>
    </message>
    <message>
        <source>Asking OpenCX to hand the conversation to a person…</source>
        <translation>OpenCX wird gebeten, die Konversation an einen Menschen zu übergeben…</translation>
    </message>
</context>
<context>
    <name>gui.pages.workflow_actions</name>
    <message>
        <source>Use Check again.</source>
        <translation>Klicken Sie auf „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>Asking OpenCX which actions are installed…</source>
        <translation>OpenCX wird gefragt, welche Aktionen installiert sind…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.browser_attempt</name>
    <message>
        <source>Opening your browser…</source>
        <translation>Ihr Browser wird geöffnet…</translation>
    </message>
    <message>
        <source>Finish in your browser. This window continues on its own.</source>
        <translation>Schließen Sie den Vorgang im Browser ab. Dieses Fenster macht von selbst weiter.</translation>
    </message>
    <message>
        <source>Almost done: confirming with OpenCX…</source>
        <translation>Fast fertig: Abgleich mit OpenCX…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>Das hat nicht geklappt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Cancel waiting for the browser</source>
        <translation>Warten auf den Browser abbrechen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Address opened in your browser</source>
        <translation>Im Browser geöffnete Adresse</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the address for a browser</source>
        <translation>Kopiert die Adresse, um sie in einem Browser zu öffnen</translation>
    </message>
    <message>
        <source>Open a&amp;gain</source>
        <translation>&amp;Erneut öffnen</translation>
    </message>
    <message>
        <source>Opens the address in the browser again</source>
        <translation>Öffnet die Adresse erneut im Browser</translation>
    </message>
    <message>
        <source>Having trouble?</source>
        <translation>Klappt etwas nicht?</translation>
    </message>
    <message>
        <source>If the browser did not open, use Copy link and paste it into your browser. If the browser shows an error page or nothing happens after you approved, copy the full address from the browser&apos;s address bar and paste it here.</source>
        <translation>Wenn sich der Browser nicht geöffnet hat, klicken Sie auf „Link kopieren“ und fügen Sie den Link in Ihren Browser ein. Zeigt der Browser nach der Freigabe eine Fehlerseite oder passiert nichts, kopieren Sie die vollständige Adresse aus der Adressleiste des Browsers und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <source>Address from the browser&apos;s address bar</source>
        <translation>Adresse aus der Adressleiste des Browsers</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>Adresse &amp;übernehmen</translation>
    </message>
    <message>
        <source>Uses the pasted address</source>
        <translation>Übernimmt die eingefügte Adresse</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Verbleibende Zeit: %1:%2</translation>
    </message>
</context>
<context>
    <name>gui.widgets.channel_choice</name>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
</context>
<context>
    <name>gui.widgets.checklist</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Test message checklist</source>
        <translation>Checkliste zur Testnachricht</translation>
    </message>
</context>
<context>
    <name>gui.widgets.connected_card</name>
    <message>
        <source>%1 (portal %2)</source>
        <translation>%1 (Account %2)</translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>You have not sent a test message yet: you can run the test any time from this assistant.</source>
        <translation>Sie haben noch keine Testnachricht gesendet: Sie können den Test jederzeit in diesem Assistenten durchführen.</translation>
    </message>
    <message>
        <source>Your test message went all the way through.</source>
        <translation>Ihre Testnachricht hat alle Schritte durchlaufen.</translation>
    </message>
    <message>
        <source>The test message did not finish: you can run it again from this assistant.</source>
        <translation>Die Testnachricht ist nicht durchgelaufen: Sie können den Test in diesem Assistenten erneut durchführen.</translation>
    </message>
    <message>
        <source>You&apos;re connected</source>
        <translation>Sie sind verbunden</translation>
    </message>
    <message>
        <source>Open HubSpot &amp;inbox</source>
        <translation>HubSpot-&amp;Postfach öffnen</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s conversations inbox in HubSpot, in your browser</source>
        <translation>Öffnet in Ihrem Browser das Postfach des Accounts in HubSpot</translation>
    </message>
    <message>
        <source>OpenCX now works on the HubSpot conversations of %1, and answers them on the channels where Autopilot is on.</source>
        <translation>OpenCX arbeitet jetzt mit den HubSpot-Konversationen von %1 und beantwortet sie auf den Kanälen, für die Autopilot an ist.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.connection_action</name>
    <message>
        <source>Nothing changed: OpenCX stays with %1.</source>
        <translation>Nichts wurde geändert: OpenCX bleibt bei %1.</translation>
    </message>
    <message>
        <source>OpenCX now uses %1. Choose who the AI posts as there (Change who the AI posts as).</source>
        <translation>OpenCX verwendet jetzt %1. Wählen Sie dort den Absender der KI („Absender ändern“).</translation>
    </message>
    <message>
        <source>Moving OpenCX to %1…</source>
        <translation>OpenCX wird zu %1 umgezogen…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.consent_help</name>
    <message>
        <source>Once it is fixed, click Cancel here and connect again.</source>
        <translation>Sobald das behoben ist, klicken Sie hier auf „Abbrechen“ und verbinden Sie erneut.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.disconnect_dialog</name>
    <message>
        <source>Disconnect HubSpot</source>
        <translation>HubSpot trennen</translation>
    </message>
    <message>
        <source>What disconnecting %1 does:</source>
        <translation>Was das Trennen von %1 bewirkt:</translation>
    </message>
    <message>
        <source>To confirm, type %1 below.</source>
        <translation>Geben Sie zur Bestätigung unten %1 ein.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Type %1 in capitals to confirm.</source>
        <translation>Geben Sie zur Bestätigung %1 in Großbuchstaben ein.</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot…</source>
        <translation>HubSpot wird getrennt…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Wie auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>gui.widgets.portal_report</name>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht überprüft</translation>
    </message>
    <message>
        <source>What could be seen in the HubSpot portal</source>
        <translation>Was im HubSpot-Account zu sehen war</translation>
    </message>
    <message>
        <source>What HubSpot shows about this portal</source>
        <translation>Was HubSpot über diesen Account anzeigt</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>E&amp;rneut prüfen</translation>
    </message>
    <message>
        <source>Reads the portal again</source>
        <translation>Liest die Account-Daten erneut</translation>
    </message>
    <message>
        <source>Reading the portal from HubSpot…</source>
        <translation>Account-Daten werden von HubSpot gelesen…</translation>
    </message>
    <message>
        <source>What HubSpot shows about portal %1</source>
        <translation>Was HubSpot über Account %1 anzeigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
</context>
<context>
    <name>gui.widgets.problem_banner</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Details for OpenCX support</source>
        <translation>Details für den OpenCX-Support</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Dismiss the problem</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
</context>
<context>
    <name>gui.widgets.signature_editor</name>
    <message>
        <source>Image from %1</source>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Kind regards,
The Acme team</source>
        <translation>Viele Grüße
Ihr Acme-Team</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Line break</source>
        <translation>Umbruch</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>&amp;Bild…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>This signature has layout the editor cannot change (such as a table or colours). Change it in its HTML, below.</source>
        <translation>Diese Signatur hat ein Layout, das der Editor nicht ändern kann (etwa eine Tabelle oder Farben). Ändern Sie es unten im HTML-Code.</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Address the link opens</source>
        <translation>&amp;Adresse, die der Link öffnet</translation>
    </message>
    <message>
        <source>&amp;Text to show</source>
        <translation>Angezeigter &amp;Text</translation>
    </message>
    <message>
        <source>Add an image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>Image &amp;address</source>
        <translation>Bild&amp;adresse</translation>
    </message>
    <message>
        <source>&amp;Description (read aloud, and shown when images are off)</source>
        <translation>&amp;Beschreibung (wird vorgelesen und angezeigt, wenn Bilder aus sind)</translation>
    </message>
    <message>
        <source>The image must be on the web already (for example your website&apos;s logo). Email programs load it from there; this window does not.</source>
        <translation>Das Bild muss bereits im Internet liegen (etwa das Logo Ihrer Website). E-Mail-Programme laden es von dort, dieses Fenster nicht.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.signature_preview</name>
    <message>
        <source>Signature preview</source>
        <translation>Signaturvorschau</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>einer Website</translation>
    </message>
    <message>
        <source>[image from %1: not loaded in this preview]</source>
        <translation>[Bild von %1: in dieser Vorschau nicht geladen]</translation>
    </message>
</context>
<context>
    <name>gui.widgets.step_rail</name>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>needs your attention</source>
        <translation>braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Step %1: %2, %3</source>
        <translation>Schritt %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>gui.widgets.teammate_picker</name>
    <message>
        <source>chosen</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>%1 (HubSpot owner %2)</source>
        <translation>%1 (HubSpot-Owner-ID %2)</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search teammates</source>
        <translation>Teammitglieder suchen</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>Click a teammate, or press Enter, to pick</source>
        <translation>Klicken Sie auf ein Teammitglied oder drücken Sie die Eingabetaste, um es auszuwählen</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Ihre HubSpot-Teammitglieder werden geladen…</translation>
    </message>
    <message>
        <source>No teammates loaded yet.</source>
        <translation>Noch keine Teammitglieder geladen.</translation>
    </message>
    <message>
        <source>1 teammate: click to choose</source>
        <translation>1 Teammitglied: zum Auswählen anklicken</translation>
    </message>
    <message numerus="yes">
        <source>%n teammates: click one to choose</source>
        <translation>
            <numerusform>%n Teammitglied: zum Auswählen anklicken</numerusform>
            <numerusform>%n Teammitglieder: eines zum Auswählen anklicken</numerusform>
        </translation>
    </message>
    <message>
        <source>No teammate matches your search.</source>
        <translation>Kein Teammitglied passt zu Ihrer Suche.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n teammates match</source>
        <translation>
            <numerusform>Treffer: %1 von %n Teammitglied</numerusform>
            <numerusform>Treffer: %1 von %n Teammitgliedern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · some may be missing: the list was cut short</source>
        <translation>%1 · einige fehlen eventuell: Die Liste wurde gekürzt</translation>
    </message>
    <message>
        <source>The list of teammates ended before everyone was read. If the person you need is not listed, try again later.</source>
        <translation>Die Liste der Teammitglieder endete, bevor alle gelesen waren. Wenn die gesuchte Person fehlt, versuchen Sie es später noch einmal.</translation>
    </message>
</context>
<context>
    <name>gui.wizard</name>
    <message>
        <source>Setup steps</source>
        <translation>Einrichtungsschritte</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <source>Nothing here touches a real HubSpot portal or OpenCX account.</source>
        <translation>Nichts hier wirkt sich auf einen echten HubSpot-Account oder ein echtes OpenCX-Konto aus.</translation>
    </message>
    <message>
        <source>Practice mode: nothing here touches a real HubSpot portal or OpenCX account. (%1)</source>
        <translation>Übungsmodus: Nichts hier wirkt sich auf einen echten HubSpot-Account oder ein echtes OpenCX-Konto aus. (%1)</translation>
    </message>
    <message>
        <source>Practice mode: nothing here touches a real HubSpot portal or OpenCX account.</source>
        <translation>Übungsmodus: Nichts hier wirkt sich auf einen echten HubSpot-Account oder ein echtes OpenCX-Konto aus.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel what is running</source>
        <translation>Laufenden Vorgang abbrechen</translation>
    </message>
    <message>
        <source>☰  Menu</source>
        <translation>☰  Menü</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Text &amp;größer</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Text &amp;kleiner</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Textgröße</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>Ü&amp;ber %1</translation>
    </message>
    <message>
        <source>&amp;Close (your progress is kept)</source>
        <translation>S&amp;chließen (Fortschritt bleibt erhalten)</translation>
    </message>
    <message>
        <source>Text size, Language, About, Close</source>
        <translation>Textgröße, Sprache, Über, Schließen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Connects a HubSpot portal to OpenCX, the AI customer-support platform, through the same settings as the OpenCX dashboard.</source>
        <translation>Verbindet einen HubSpot-Account mit OpenCX, der KI-Plattform für Kundensupport, über dieselben Einstellungen wie das OpenCX-Dashboard.</translation>
    </message>
    <message>
        <source>Open the page about version %1</source>
        <translation>Seite zu Version %1 öffnen</translation>
    </message>
    <message>
        <source>Opening where you left off…</source>
        <translation>Ihr letzter Stand wird geöffnet…</translation>
    </message>
    <message>
        <source>Welcome back. HubSpot is connected; here is its status.</source>
        <translation>Willkommen zurück. HubSpot ist verbunden; hier ist der Status.</translation>
    </message>
    <message>
        <source>Welcome back. For your security, sign in to OpenCX again; then you carry on where you left off.</source>
        <translation>Willkommen zurück. Melden Sie sich zu Ihrer Sicherheit erneut bei OpenCX an; dann machen Sie dort weiter, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Welcome back. You are where you left off: %1.</source>
        <translation>Willkommen zurück. Sie sind dort, wo Sie aufgehört haben: %1.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Fertig&amp;stellen</translation>
    </message>
    <message>
        <source>No browser could be opened on this computer, so the address was copied: paste it into your browser&apos;s address bar. %1</source>
        <translation>Auf diesem Computer ließ sich kein Browser öffnen, daher wurde die Adresse kopiert: Fügen Sie sie in die Adressleiste Ihres Browsers ein. %1</translation>
    </message>
    <message>
        <source>Saved. The next time it opens, the assistant uses the language of this computer.</source>
        <translation>Gespeichert. Beim nächsten Start verwendet der Assistent die Sprache dieses Computers.</translation>
    </message>
    <message>
        <source>Saved. The next time it opens, the assistant speaks %1.</source>
        <translation>Gespeichert. Beim nächsten Start spricht der Assistent %1.</translation>
    </message>
</context>
<context>
    <name>sandbox.hubspot</name>
    <message>
        <source>Know which HubSpot account you connect</source>
        <translation>Erkennen, welchen HubSpot-Account Sie verbinden</translation>
    </message>
    <message>
        <source>Read conversations in your inboxes</source>
        <translation>Konversationen in Ihren Postfächern lesen</translation>
    </message>
    <message>
        <source>Reply in conversations and add notes</source>
        <translation>In Konversationen antworten und Notizen hinzufügen</translation>
    </message>
    <message>
        <source>View and update tickets</source>
        <translation>Tickets ansehen und aktualisieren</translation>
    </message>
    <message>
        <source>View contacts</source>
        <translation>Kontakte ansehen</translation>
    </message>
    <message>
        <source>Create and update contacts</source>
        <translation>Kontakte erstellen und aktualisieren</translation>
    </message>
    <message>
        <source>View companies</source>
        <translation>Unternehmen ansehen</translation>
    </message>
    <message>
        <source>View deals</source>
        <translation>Deals ansehen</translation>
    </message>
    <message>
        <source>See your teammates (owners)</source>
        <translation>Ihre Teammitglieder sehen (zuständige Mitarbeiter)</translation>
    </message>
    <message>
        <source>Upload and view files</source>
        <translation>Dateien hochladen und ansehen</translation>
    </message>
    <message>
        <source>View lists</source>
        <translation>Listen ansehen</translation>
    </message>
    <message>
        <source>Add OpenCX actions to your workflows</source>
        <translation>OpenCX-Aktionen zu Ihren Workflows hinzufügen</translation>
    </message>
</context>
<context>
    <name>sandbox.hubspot_routes</name>
    <message>
        <source>This link is not valid</source>
        <translation>Dieser Link ist ungültig</translation>
    </message>
    <message>
        <source>The app that sent you here is not set up correctly. Close this tab.</source>
        <translation>Die App, die Sie hierher geschickt hat, ist nicht richtig eingerichtet. Schließen Sie diesen Tab.</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Account auswählen</translation>
    </message>
    <message>
        <source>Go back and pick the HubSpot account to connect.</source>
        <translation>Gehen Sie zurück und wählen Sie den HubSpot-Account, der verbunden werden soll.</translation>
    </message>
</context>
<context>
    <name>sandbox.pages</name>
    <message>
        <source>Practice sandbox</source>
        <translation>Übungs-Sandbox</translation>
    </message>
    <message>
        <source>Sign in to OpenCX</source>
        <translation>Bei OpenCX anmelden</translation>
    </message>
    <message>
        <source>The HubSpot setup assistant asks to use your OpenCX account for &lt;strong&gt;%1&lt;/strong&gt;.</source>
        <translation>Der HubSpot-Einrichtungsassistent möchte Ihr OpenCX-Konto für &lt;strong&gt;%1&lt;/strong&gt; verwenden.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Als %1 anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>OpenCX practice sign-in</source>
        <translation>OpenCX-Übungsanmeldung</translation>
    </message>
    <message>
        <source>(account %1)</source>
        <translation>(Account %1)</translation>
    </message>
    <message>
        <source>Connect OpenCX to HubSpot</source>
        <translation>OpenCX mit HubSpot verbinden</translation>
    </message>
    <message>
        <source>Choose the HubSpot account</source>
        <translation>HubSpot-Account auswählen</translation>
    </message>
    <message>
        <source>OpenCX will be able to:</source>
        <translation>OpenCX darf dann:</translation>
    </message>
    <message>
        <source>Connect app</source>
        <translation>App verbinden</translation>
    </message>
    <message>
        <source>HubSpot practice consent</source>
        <translation>HubSpot-Übungsfreigabe</translation>
    </message>
    <message>
        <source>Insufficient scopes were provided</source>
        <translation>Unzureichende Berechtigungen (Bereiche)</translation>
    </message>
    <message>
        <source>Your user doesn&apos;t have access to all of the scopes this app requires. Contact a super admin of this account.</source>
        <translation>Ihr Benutzer hat keinen Zugriff auf alle Bereiche, die diese App braucht. Wenden Sie sich an einen Super-Admin dieses Accounts.</translation>
    </message>
    <message>
        <source>This account doesn&apos;t have access to some HubSpot features that are required by this app</source>
        <translation>Diesem Account fehlen einige HubSpot-Funktionen, die diese App braucht</translation>
    </message>
    <message>
        <source>Choose another account, or contact the app&apos;s developer.</source>
        <translation>Wählen Sie einen anderen Account, oder wenden Sie sich an den Entwickler der App.</translation>
    </message>
    <message>
        <source>You don&apos;t have permission to install apps</source>
        <translation>Sie haben keine Berechtigung, Apps zu installieren</translation>
    </message>
    <message>
        <source>Only super admins and users with App Marketplace Access can install apps in this account. Contact a super admin.</source>
        <translation>Nur Super-Admins und Benutzer mit „Zugriff auf App Marketplace“ können in diesem Account Apps installieren. Wenden Sie sich an einen Super-Admin.</translation>
    </message>
    <message>
        <source>Practice customer</source>
        <translation>Übungskunde</translation>
    </message>
    <message>
        <source>Scenario: &lt;strong&gt;%1&lt;/strong&gt;</source>
        <translation>Szenario: &lt;strong&gt;%1&lt;/strong&gt;</translation>
    </message>
    <message>
        <source>Sent. Watch the checklist.</source>
        <translation>Gesendet. Achten Sie auf die Checkliste.</translation>
    </message>
    <message>
        <source>Could not send the message.</source>
        <translation>Die Nachricht konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Send the test message a customer would send. Start the live checklist in the assistant first.</source>
        <translation>Senden Sie die Testnachricht, die ein Kunde senden würde. Starten Sie zuerst die Live-Checkliste im Assistenten.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat on the website</source>
        <translation>Chat auf der Website</translation>
    </message>
    <message>
        <source>Send a test message as a customer</source>
        <translation>Testnachricht als Kunde senden</translation>
    </message>
    <message>
        <source>%1 (internal note)</source>
        <translation>%1 (interner Kommentar)</translation>
    </message>
</context>
<context>
    <name>sandbox.signin_routes</name>
    <message>
        <source>This sign-in link is not valid</source>
        <translation>Dieser Anmeldelink ist ungültig</translation>
    </message>
    <message>
        <source>The application that sent you here is not known to OpenCX. Close this tab and start the sign-in again from the assistant.</source>
        <translation>Die Anwendung, die Sie hierher geschickt hat, ist OpenCX nicht bekannt. Schließen Sie diesen Tab und starten Sie die Anmeldung im Assistenten erneut.</translation>
    </message>
    <message>
        <source>This sign-in was already answered</source>
        <translation>Diese Anmeldung wurde bereits beantwortet</translation>
    </message>
    <message>
        <source>Go back to the assistant and start the sign-in again.</source>
        <translation>Wechseln Sie zurück zum Assistenten und starten Sie die Anmeldung erneut.</translation>
    </message>
</context>
<context>
    <name>sandbox.viewer_routes</name>
    <message>
        <source>No such conversation</source>
        <translation>Konversation nicht gefunden</translation>
    </message>
    <message>
        <source>This practice conversation does not exist.</source>
        <translation>Diese Übungskonversation gibt es nicht.</translation>
    </message>
    <message>
        <source>HubSpot conversation</source>
        <translation>HubSpot-Konversation</translation>
    </message>
    <message>
        <source>The practice portal&apos;s inbox: this thread&apos;s messages.</source>
        <translation>Postfach des Übungs-Accounts: die Nachrichten dieser Konversation.</translation>
    </message>
    <message>
        <source>No such ticket</source>
        <translation>Ticket nicht gefunden</translation>
    </message>
    <message>
        <source>This practice ticket does not exist.</source>
        <translation>Dieses Übungsticket gibt es nicht.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>HubSpot ticket</source>
        <translation>HubSpot-Ticket</translation>
    </message>
    <message>
        <source>The ticket OpenCX&apos;s handoff created.</source>
        <translation>Das Ticket, das die Übergabe von OpenCX erstellt hat.</translation>
    </message>
    <message>
        <source>No such session</source>
        <translation>Sitzung nicht gefunden</translation>
    </message>
    <message>
        <source>This practice session does not exist.</source>
        <translation>Diese Übungssitzung gibt es nicht.</translation>
    </message>
    <message>
        <source>OpenCX session</source>
        <translation>OpenCX-Sitzung</translation>
    </message>
    <message>
        <source>The practice OpenCX inbox: the session made from the HubSpot conversation.</source>
        <translation>Die Übungs-Inbox von OpenCX: die Sitzung, die aus der HubSpot-Konversation entstanden ist.</translation>
    </message>
</context>
<context>
    <name>services.bounded_read</name>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1 is not a regular file (%2)</source>
        <translation>%1 ist keine normale Datei (%2)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB</source>
        <translation>%1 ist größer als %2 KiB</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n byte(s)</source>
        <translation>
            <numerusform>%1 ist größer als %n Byte</numerusform>
            <numerusform>%1 ist größer als %n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine Named Pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>keine normale Datei</translation>
    </message>
</context>
<context>
    <name>services.browser_flow</name>
    <message>
        <source>Almost done</source>
        <translation>Fast fertig</translation>
    </message>
    <message>
        <source>The answer arrived and the assistant is finishing the setup.</source>
        <translation>Die Antwort ist angekommen, und der Assistent schließt die Einrichtung ab.</translation>
    </message>
    <message>
        <source>Return to the app to see the result.</source>
        <translation>Wechseln Sie zurück zur App, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Return to the app: it explains what happened and lets you try again.</source>
        <translation>Wechseln Sie zurück zur App: Dort steht, was passiert ist, und Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>The assistant could not finish this step.</source>
        <translation>Der Assistent konnte diesen Schritt nicht abschließen.</translation>
    </message>
    <message>
        <source>You stopped waiting for the browser.</source>
        <translation>Sie haben das Warten auf den Browser abgebrochen.</translation>
    </message>
    <message>
        <source>A new attempt replaced this one.</source>
        <translation>Ein neuer Versuch hat diesen ersetzt.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>An answer from an earlier browser tab was ignored. Finish in the newest tab.</source>
        <translation>Eine Antwort aus einem früheren Browser-Tab wurde ignoriert. Schließen Sie den Vorgang im neuesten Tab ab.</translation>
    </message>
</context>
<context>
    <name>services.errors</name>
    <message>
        <source>Your network is blocking the connection</source>
        <translation>Ihr Netzwerk blockiert die Verbindung</translation>
    </message>
    <message>
        <source>A proxy or security software on this network stopped the connection to %1, or changed it so it could not be trusted.</source>
        <translation>Ein Proxy oder eine Sicherheitssoftware in diesem Netzwerk hat die Verbindung zu %1 gestoppt oder so verändert, dass ihr nicht mehr vertraut werden kann.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach %1, or try another network.</source>
        <translation>Bitten Sie Ihr IT-Team, diesem Assistenten den Zugang zu %1 zu erlauben, oder versuchen Sie es in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>%1 took too long to answer.</source>
        <translation>%1 hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut. Wenn das Problem bleibt, exportieren Sie eine Diagnosedatei für den Support.</translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>This computer could not connect to %1, or the connection was interrupted.</source>
        <translation>Dieser Computer konnte keine Verbindung zu %1 herstellen, oder die Verbindung wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Check that you are online, then try again.</source>
        <translation>Prüfen Sie, ob Sie online sind, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy needs a sign-in</source>
        <translation>Der Proxy Ihres Netzwerks verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>A proxy on this network asked for a password before letting the assistant through.</source>
        <translation>Ein Proxy in diesem Netzwerk hat ein Passwort verlangt, bevor er den Assistenten durchlässt.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach OpenCX without a proxy sign-in.</source>
        <translation>Bitten Sie Ihr IT-Team, diesem Assistenten den Zugang zu OpenCX ohne Proxy-Anmeldung zu erlauben.</translation>
    </message>
    <message>
        <source>You are not an OpenCX owner or admin</source>
        <translation>Sie sind in OpenCX weder Inhaber noch Admin</translation>
    </message>
    <message>
        <source>Only owners and admins of your OpenCX organization can change integrations.</source>
        <translation>Nur Inhaber und Admins Ihrer OpenCX-Organisation können Integrationen ändern.</translation>
    </message>
    <message>
        <source>Ask an owner of your OpenCX organization to make you an admin, or to run this setup.</source>
        <translation>Bitten Sie einen Inhaber Ihrer OpenCX-Organisation, Sie zum Admin zu machen oder diese Einrichtung selbst durchzuführen.</translation>
    </message>
    <message>
        <source>HubSpot says the private app does not have these scopes: %1.</source>
        <translation>Laut HubSpot fehlen der privaten App diese Bereiche: %1.</translation>
    </message>
    <message>
        <source>HubSpot says the private app does not have these scopes: (not listed).</source>
        <translation>Laut HubSpot fehlen der privaten App diese Bereiche: (nicht aufgeführt).</translation>
    </message>
    <message>
        <source>The private app is missing permissions</source>
        <translation>Der privaten App fehlen Berechtigungen</translation>
    </message>
    <message>
        <source>HubSpot does not accept this token</source>
        <translation>HubSpot akzeptiert dieses Token nicht</translation>
    </message>
    <message>
        <source>HubSpot did not accept the private app token.</source>
        <translation>HubSpot hat das Zugriffstoken der privaten App nicht akzeptiert.</translation>
    </message>
    <message>
        <source>OpenCX did not accept this value.</source>
        <translation>OpenCX hat diesen Wert nicht akzeptiert.</translation>
    </message>
    <message>
        <source>OpenCX did not accept this</source>
        <translation>OpenCX hat das nicht akzeptiert</translation>
    </message>
    <message>
        <source>OpenCX did not accept one of the values.</source>
        <translation>OpenCX hat einen der Werte nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Correct what the message names and try again.</source>
        <translation>Korrigieren Sie, was die Meldung nennt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>OpenCX refused the change because of the current setup.</source>
        <translation>OpenCX hat die Änderung wegen der aktuellen Einrichtung abgelehnt.</translation>
    </message>
    <message>
        <source>Reload the page to see the current state, then try again.</source>
        <translation>Laden Sie die Seite neu, um den aktuellen Stand zu sehen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>That approval has expired</source>
        <translation>Diese Freigabe ist abgelaufen</translation>
    </message>
    <message>
        <source>OpenCX did not take the approval that came back from the browser: it was too old, was already used, or was not one OpenCX gave out.</source>
        <translation>OpenCX hat die Freigabe aus dem Browser nicht angenommen: Sie war zu alt, wurde schon verwendet oder stammt nicht von OpenCX.</translation>
    </message>
    <message>
        <source>Start again; approve in the browser within 10 minutes.</source>
        <translation>Starten Sie erneut und geben Sie OpenCX im Browser innerhalb von 10 Minuten frei.</translation>
    </message>
    <message>
        <source>OpenCX asks to slow down</source>
        <translation>OpenCX bittet um eine Pause</translation>
    </message>
    <message>
        <source>Too many requests were sent to OpenCX in a short time.</source>
        <translation>In kurzer Zeit wurden zu viele Anfragen an OpenCX gesendet.</translation>
    </message>
    <message>
        <source>HubSpot did not answer OpenCX</source>
        <translation>HubSpot hat OpenCX nicht geantwortet</translation>
    </message>
    <message>
        <source>OpenCX asked HubSpot for information, and HubSpot refused or failed.</source>
        <translation>OpenCX hat HubSpot um Informationen gebeten, und HubSpot hat abgelehnt oder einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>%1 is having trouble</source>
        <translation>%1 hat gerade Probleme</translation>
    </message>
    <message>
        <source>%1 could not finish this request because of a problem on its side.</source>
        <translation>%1 konnte diese Anfrage wegen eines Problems auf seiner Seite nicht abschließen.</translation>
    </message>
    <message>
        <source>OpenCX refused the request</source>
        <translation>OpenCX hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The OpenCX API key you signed in with is limited to some permissions, and this step needs more. OpenCX says it is missing the permission “%1”.</source>
        <translation>Der OpenCX-API-Schlüssel, mit dem Sie angemeldet sind, hat nur eingeschränkte Berechtigungen, und dieser Schritt braucht mehr. Laut OpenCX fehlt die Berechtigung „%1“.</translation>
    </message>
    <message>
        <source>The OpenCX API key you signed in with is limited to some permissions, and this step needs more. Setting up the HubSpot integration needs a key with full access.</source>
        <translation>Der OpenCX-API-Schlüssel, mit dem Sie angemeldet sind, hat nur eingeschränkte Berechtigungen, und dieser Schritt braucht mehr. Zum Einrichten der HubSpot-Integration brauchen Sie einen Schlüssel mit vollem Zugriff.</translation>
    </message>
    <message>
        <source>This OpenCX API key is not allowed to do this</source>
        <translation>Dieser OpenCX-API-Schlüssel darf das nicht</translation>
    </message>
    <message>
        <source>In OpenCX, open Settings → Access (%1), create an API key with full access, then sign in with that key instead.</source>
        <translation>Öffnen Sie in OpenCX „Settings → Access“ (%1), erstellen Sie einen API-Schlüssel mit vollem Zugriff und melden Sie sich stattdessen mit diesem Schlüssel an.</translation>
    </message>
    <message>
        <source>HubSpot is not connected</source>
        <translation>HubSpot ist nicht verbunden</translation>
    </message>
    <message>
        <source>HubSpot is already connected</source>
        <translation>HubSpot ist bereits verbunden</translation>
    </message>
    <message>
        <source>HubSpot needs you to reconnect</source>
        <translation>HubSpot muss erneut verbunden werden</translation>
    </message>
    <message>
        <source>There is already a signature for this domain</source>
        <translation>Für diese Domain gibt es bereits eine Signatur</translation>
    </message>
    <message>
        <source>This does not fit the current setup</source>
        <translation>Das passt nicht zur aktuellen Einrichtung</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Versuchen Sie es erneut. Wenn das Problem bleibt, exportieren Sie eine Diagnosedatei für den Support.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, export diagnostics for support.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut. Wenn das Problem bleibt, exportieren Sie eine Diagnosedatei für den Support.</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Copy the token again from the private app&apos;s Auth tab in HubSpot.</source>
        <translation>Kopieren Sie das Token in HubSpot erneut aus dem Tab „Authentifizierung“ der privaten App.</translation>
    </message>
    <message>
        <source>In HubSpot, open the private app&apos;s Scopes tab, tick the missing scopes, commit the changes, then try again.</source>
        <translation>Öffnen Sie in HubSpot den Tab „Bereiche“ der privaten App, aktivieren Sie die fehlenden Bereiche, übernehmen Sie die Änderungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>HubSpot did not accept the private app token. It may have been rotated or deleted.</source>
        <translation>HubSpot hat das Zugriffstoken der privaten App nicht akzeptiert. Es wurde möglicherweise ausgetauscht oder gelöscht.</translation>
    </message>
    <message>
        <source>HubSpot refused the private app</source>
        <translation>HubSpot hat die private App abgelehnt</translation>
    </message>
    <message>
        <source>HubSpot knows the token but refused the request: the HubSpot user who created the private app no longer has access to this portal.</source>
        <translation>HubSpot kennt das Token, hat die Anfrage aber abgelehnt: Der HubSpot-Benutzer, der die private App erstellt hat, hat keinen Zugriff mehr auf diesen Account.</translation>
    </message>
    <message>
        <source>Ask a HubSpot super admin to give that user their access back (Settings → Users &amp; Teams), then try again. If that user is gone for good, connect with HubSpot instead of the legacy app.</source>
        <translation>Bitten Sie einen HubSpot-Super-Admin, diesem Benutzer den Zugriff zurückzugeben (Einstellungen → Benutzer und Teams), und versuchen Sie es dann erneut. Ist der Benutzer endgültig weg, wählen Sie statt der Legacy-App „Mit HubSpot verbinden“.</translation>
    </message>
    <message>
        <source>HubSpot refused the request because the private app lacks a scope: %1.</source>
        <translation>HubSpot hat die Anfrage abgelehnt, weil der privaten App ein Bereich fehlt: %1.</translation>
    </message>
    <message>
        <source>HubSpot refused the request because the private app lacks a scope.</source>
        <translation>HubSpot hat die Anfrage abgelehnt, weil der privaten App ein Bereich fehlt.</translation>
    </message>
    <message>
        <source>HubSpot asks to slow down</source>
        <translation>HubSpot bittet um eine Pause</translation>
    </message>
    <message>
        <source>Too many requests were sent to HubSpot in a short time (the daily limit was reached).</source>
        <translation>In kurzer Zeit wurden zu viele Anfragen an HubSpot gesendet (das Tageslimit ist erreicht).</translation>
    </message>
    <message>
        <source>Too many requests were sent to HubSpot in a short time.</source>
        <translation>In kurzer Zeit wurden zu viele Anfragen an HubSpot gesendet.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach HubSpot.</source>
        <translation>Bitten Sie Ihr IT-Team, diesem Assistenten den Zugang zu HubSpot zu erlauben.</translation>
    </message>
    <message>
        <source>HubSpot is moving this account</source>
        <translation>HubSpot zieht diesen Account um</translation>
    </message>
    <message>
        <source>HubSpot is moving this portal&apos;s data to another data centre and refuses changes until it is done.</source>
        <translation>HubSpot verschiebt die Daten dieses Accounts in ein anderes Rechenzentrum und lehnt Änderungen ab, bis das erledigt ist.</translation>
    </message>
    <message>
        <source>Try again later; a move can take up to a day.</source>
        <translation>Versuchen Sie es später erneut; ein Umzug kann bis zu einem Tag dauern.</translation>
    </message>
    <message>
        <source>%1 answered in an unexpected way</source>
        <translation>%1 hat unerwartet geantwortet</translation>
    </message>
    <message>
        <source>The answer from %1 was not what the assistant expected.</source>
        <translation>Die Antwort von %1 war nicht das, was der Assistent erwartet hat.</translation>
    </message>
</context>
<context>
    <name>services.file_writes</name>
    <message>
        <source>The folder %1 cannot be written: it is read-only for you.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: Sie haben dort nur Leserechte.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: it is on a read-only disk.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: Er liegt auf einem schreibgeschützten Datenträger.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: the disk is full.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: your disk quota is used up.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: Ihr Speicherkontingent ist aufgebraucht.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: a file is in the way of it.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: An seiner Stelle liegt eine Datei.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: %2.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: this computer refused it.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: Der Computer hat es abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine normale Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n byte(s).</source>
        <translation>
            <numerusform>%1 ist größer als %n Byte.</numerusform>
            <numerusform>%1 ist größer als %n Byte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.loopback</name>
    <message>
        <source>Nothing here</source>
        <translation>Hier ist nichts</translation>
    </message>
    <message>
        <source>This address is not part of the sign-in.</source>
        <translation>Diese Adresse gehört nicht zur Anmeldung.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>The browser sent more than expected.</source>
        <translation>Der Browser hat mehr gesendet als erwartet.</translation>
    </message>
    <message>
        <source>The browser sent the answer in an unknown form.</source>
        <translation>Der Browser hat die Antwort in einer unbekannten Form gesendet.</translation>
    </message>
    <message>
        <source>This link has expired</source>
        <translation>Dieser Link ist abgelaufen</translation>
    </message>
    <message>
        <source>This page belongs to an earlier or different attempt, so it was not used.</source>
        <translation>Diese Seite gehört zu einem früheren oder anderen Versuch und wurde daher nicht verwendet.</translation>
    </message>
    <message>
        <source>Go back to the app and finish in the newest browser tab it opened.</source>
        <translation>Wechseln Sie zurück zur App und schließen Sie den Vorgang im neuesten Browser-Tab ab, den sie geöffnet hat.</translation>
    </message>
    <message>
        <source>This took too long</source>
        <translation>Das hat zu lange gedauert</translation>
    </message>
    <message>
        <source>The browser did not finish sending the page.</source>
        <translation>Der Browser hat die Seite nicht vollständig gesendet.</translation>
    </message>
    <message>
        <source>The browser sent an incomplete page.</source>
        <translation>Der Browser hat eine unvollständige Seite gesendet.</translation>
    </message>
    <message>
        <source>The address was too long.</source>
        <translation>Die Adresse war zu lang.</translation>
    </message>
    <message>
        <source>The browser spoke an unknown protocol version.</source>
        <translation>Der Browser hat eine unbekannte Protokollversion verwendet.</translation>
    </message>
    <message>
        <source>This attempt was stopped</source>
        <translation>Dieser Versuch wurde abgebrochen</translation>
    </message>
    <message>
        <source>The assistant is no longer waiting for this page.</source>
        <translation>Der Assistent wartet nicht mehr auf diese Seite.</translation>
    </message>
    <message>
        <source>Return to the app to start again.</source>
        <translation>Wechseln Sie zurück zur App, um neu zu starten.</translation>
    </message>
    <message>
        <source>Nothing is waiting for an address right now. Start the sign-in or connect again.</source>
        <translation>Gerade wartet nichts auf eine Adresse. Starten Sie die Anmeldung oder das Verbinden erneut.</translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar (it starts with http).</source>
        <translation>Fügen Sie die vollständige Adresse aus der Adressleiste des Browsers ein (sie beginnt mit http).</translation>
    </message>
    <message>
        <source>That address belongs to an earlier or different attempt. Paste the address of the newest browser tab.</source>
        <translation>Diese Adresse gehört zu einem früheren oder anderen Versuch. Fügen Sie die Adresse des neuesten Browser-Tabs ein.</translation>
    </message>
    <message>
        <source>That is not the address of the last page. Copy the address of the page the browser ended on (it starts with %1).</source>
        <translation>Das ist nicht die Adresse der letzten Seite. Kopieren Sie die Adresse der Seite, auf der der Browser gelandet ist (sie beginnt mit %1).</translation>
    </message>
</context>
<context>
    <name>services.opencx_port</name>
    <message>
        <source>You are signed in to OpenCX</source>
        <translation>Sie sind bei OpenCX angemeldet</translation>
    </message>
    <message>
        <source>HubSpot is connected to OpenCX</source>
        <translation>HubSpot ist mit OpenCX verbunden</translation>
    </message>
    <message>
        <source>You can close this tab and go back to the setup assistant.</source>
        <translation>Sie können diesen Tab schließen und zum Einrichtungsassistenten zurückkehren.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>channel type: its name</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>services.problem_texts</name>
    <message>
        <source>The diagnostics file could not be saved</source>
        <translation>Die Diagnosedatei konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved</source>
        <translation>Die Diagnosedatei konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The answers file could not be saved</source>
        <translation>Die Antwortdatei konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>It could not be written to %1 (%2).</source>
        <translation>Das Schreiben nach %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, such as Documents, and try again.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, etwa „Dokumente“, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A folder on this computer cannot be written</source>
        <translation>In einen Ordner auf diesem Computer kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Make the folder writable for your user (or free some disk space), then try again; nothing was changed.</source>
        <translation>Geben Sie Ihrem Benutzer Schreibrechte für den Ordner (oder schaffen Sie freien Speicherplatz) und versuchen Sie es dann erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A setting cannot be used</source>
        <translation>Eine Einstellung kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Correct the option, the %1 / %2 variable or the settings file, then start again.</source>
        <translation>Korrigieren Sie die Option, die Variable %1 / %2 oder die Einstellungsdatei und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>The language could not be kept</source>
        <translation>Die Sprache konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Correct or remove the settings file it names, then choose the language again.</source>
        <translation>Korrigieren oder entfernen Sie die genannte Einstellungsdatei und wählen Sie die Sprache dann erneut.</translation>
    </message>
    <message>
        <source>Another setup is running</source>
        <translation>Eine andere Einrichtung läuft gerade</translation>
    </message>
    <message>
        <source>Wait until it has finished, then start again; nothing was changed.</source>
        <translation>Warten Sie, bis sie fertig ist, und starten Sie dann erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Der Übungsmodus (Sandbox) konnte nicht starten</translation>
    </message>
    <message>
        <source>Check the scenario name (%1 lists them).</source>
        <translation>Prüfen Sie den Namen des Szenarios (%1 listet alle auf).</translation>
    </message>
    <message>
        <source>The practice customer could not send the message</source>
        <translation>Der Übungskunde konnte die Nachricht nicht senden</translation>
    </message>
    <message>
        <source>The built-in practice portal did not accept the test message.</source>
        <translation>Der eingebaute Übungs-Account hat die Testnachricht nicht angenommen.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the assistant.</source>
        <translation>Versuchen Sie es erneut. Wenn es weiter fehlschlägt, starten Sie den Assistenten neu.</translation>
    </message>
</context>
<context>
    <name>services.progress</name>
    <message>
        <source>Your saved progress could not be read, so the setup starts from the beginning. Nothing in OpenCX or HubSpot was changed.</source>
        <translation>Ihr gespeicherter Fortschritt konnte nicht gelesen werden, daher beginnt die Einrichtung von vorn. In OpenCX und HubSpot wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your saved progress was made by a different version of this assistant, so the setup starts from the beginning. Anything already connected will be found again.</source>
        <translation>Ihr gespeicherter Fortschritt stammt von einer anderen Version dieses Assistenten, daher beginnt die Einrichtung von vorn. Was bereits verbunden ist, wird wiedergefunden.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved in %1 (%2).</source>
        <translation>Ihr Fortschritt kann nicht in %1 gespeichert werden (%2).</translation>
    </message>
</context>
<context>
    <name>services.result_page</name>
    <message>
        <source>en</source>
        <comment>The language code of the browser page (de, fr, es, nl, pt-BR): not a sentence</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>You can close this tab and return to %1.</source>
        <translation>Sie können diesen Tab schließen und zu %1 zurückkehren.</translation>
    </message>
</context>
<context>
    <name>services.secrets</name>
    <message>
        <source>This computer has no secure password storage that the assistant can use, so your sign-in and tokens are kept only while the assistant is open. You will need to sign in again next time.</source>
        <translation>Auf diesem Computer gibt es keinen sicheren Passwortspeicher, den der Assistent nutzen kann. Ihre Anmeldung und andere Zugangsdaten werden daher nur aufbewahrt, solange der Assistent geöffnet ist. Beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>The system keychain refused to store a secret, so it is kept only while the assistant is open. Unlock your keychain and try again to keep it.</source>
        <translation>Der Passwortspeicher des Computers hat das Speichern von Zugangsdaten abgelehnt. Diese werden daher nur aufbewahrt, solange der Assistent geöffnet ist. Entsperren Sie den Passwortspeicher und versuchen Sie es erneut, damit sie dauerhaft gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>services.settings</name>
    <message>
        <source>%1 must be a web address such as %2.</source>
        <translation>%1 muss eine Webadresse sein, etwa %2.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation>%1 darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>%1 must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation>%1 darf kein „?“ und kein „#“ enthalten.</translation>
    </message>
    <message>
        <source>%1 must start with https:// (plain http is only allowed for this computer, 127.0.0.1 or localhost).</source>
        <translation>%1 muss mit https:// beginnen (einfaches http ist nur für diesen Computer erlaubt, also 127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <source>%1 has a port that is not a number from 1 to 65535.</source>
        <translation>%1 hat einen Port, der keine Zahl von 1 bis 65535 ist.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <source>The OpenCX URL</source>
        <translation>Die OpenCX-URL</translation>
    </message>
    <message>
        <source>The HubSpot API URL</source>
        <translation>Die HubSpot-API-URL</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a setting (where it came from)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The assistant does not speak the language “%1”. Use one of %2.</source>
        <translation>Der Assistent spricht die Sprache „%1“ nicht. Verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>Die Einstellungsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The settings file %1 is not a file.</source>
        <translation>Die Einstellungsdatei %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The settings file %1 is too large to be a settings file (more than %2 KiB).</source>
        <translation>Die Einstellungsdatei %1 ist zu groß für eine Einstellungsdatei (mehr als %2 KiB).</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (%2).</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The settings file %1 is not UTF-8 text; save it as UTF-8.</source>
        <translation>Die Einstellungsdatei %1 ist kein UTF-8-Text; speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <source>The settings file %1 is not valid TOML: %2.</source>
        <translation>Die Einstellungsdatei %1 ist kein gültiges TOML: %2.</translation>
    </message>
    <message>
        <source>The settings file %1 is nested too deeply.</source>
        <translation>Die Einstellungsdatei %1 ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The settings file %1 has unknown settings: %2. Known: %3.</source>
        <translation>Die Einstellungsdatei %1 enthält unbekannte Einstellungen: %2. Bekannt sind: %3.</translation>
    </message>
    <message>
        <source>In %1, these settings must be text: %2.</source>
        <translation>In %1 müssen diese Einstellungen Text sein: %2.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>laut %1</translation>
    </message>
    <message>
        <source>from the %1 environment variable</source>
        <translation>laut Umgebungsvariable %1</translation>
    </message>
</context>
<context>
    <name>services.writer_lock</name>
    <message>
        <source>The setup window is open; close it or wait.</source>
        <translation>Das Einrichtungsfenster ist geöffnet; schließen Sie es oder warten Sie.</translation>
    </message>
    <message>
        <source>Another &quot;apply&quot; command is running (process %1); wait for it to finish.</source>
        <translation>Ein anderer „apply“-Befehl läuft (Prozess %1); warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>Another &quot;apply&quot; command is running; wait for it to finish.</source>
        <translation>Ein anderer „apply“-Befehl läuft; warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>Another setup is running for your user; wait for it to finish.</source>
        <translation>Für Ihren Benutzer läuft bereits eine andere Einrichtung; warten Sie, bis sie fertig ist.</translation>
    </message>
</context>
</TS>
