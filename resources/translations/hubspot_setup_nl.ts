<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AutopilotPage</name>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Autopilot is switched on or off per channel. When it is off for a channel, OpenCX still stores that channel&apos;s conversations but does not reply to them.</source>
        <translation>Autopilot zet je per kanaal aan of uit. Staat Autopilot uit voor een kanaal, dan bewaart OpenCX de gesprekken van dat kanaal wel, maar beantwoordt ze niet.</translation>
    </message>
    <message>
        <source>I will send the &amp;test message by:</source>
        <translation>Ik stuur het test&amp;bericht via:</translation>
    </message>
    <message>
        <source>Channel for the test message</source>
        <translation>Kanaal voor het testbericht</translation>
    </message>
    <message>
        <source>Autopilot per channel</source>
        <translation>Autopilot per kanaal</translation>
    </message>
    <message>
        <source>Turns Autopilot on for the channel you will test on</source>
        <translation>Zet Autopilot aan voor het kanaal waarop je test</translation>
    </message>
    <message>
        <source>T&amp;urn it on</source>
        <translation>Aan&amp;zetten</translation>
    </message>
    <message>
        <source>Reads the Autopilot settings again</source>
        <translation>Leest de Autopilot-instellingen opnieuw</translation>
    </message>
    <message>
        <source>&amp;Read again from OpenCX</source>
        <translation>Opnieuw &amp;ophalen uit OpenCX</translation>
    </message>
</context>
<context>
    <name>LegacyAppContent</name>
    <message>
        <source>Open the legacy app your portal already has in HubSpot, check each item below, and tick it here when it matches. Keep this window open beside your browser.</source>
        <translation>Open in HubSpot de verouderde app die je account al heeft, controleer elk punt hieronder en vink het hier aan zodra het klopt. Houd dit venster open naast je browser.</translation>
    </message>
    <message>
        <source>No legacy app in your portal?</source>
        <translation>Geen verouderde app in je account?</translation>
    </message>
    <message>
        <source>Connect with &amp;HubSpot instead</source>
        <translation>Koppelen met &amp;HubSpot</translation>
    </message>
    <message>
        <source>On the app&apos;s Scopes tab. Add any that are missing.</source>
        <translation>Op het tabblad Scopes van de app. Voeg toe wat ontbreekt.</translation>
    </message>
    <message>
        <source>Required scopes</source>
        <translation>Vereiste machtigingen (scopes)</translation>
    </message>
    <message>
        <source>Copies the scopes to paste in HubSpot</source>
        <translation>Kopieert de machtigingen (scopes), zodat je ze in HubSpot kunt plakken</translation>
    </message>
    <message>
        <source>Copy &amp;scopes</source>
        <translation>&amp;Machtigingen kopiëren</translation>
    </message>
    <message>
        <source>On the app&apos;s Webhooks tab, as its target URL. Keep this address private, like a password. Set event throttling high enough for your conversation volume.</source>
        <translation>Op het tabblad Webhooks van de app, als doel-URL. Houd dit adres geheim, net als een wachtwoord. Zet de limiet voor meldingen (event throttling) hoog genoeg voor het aantal gesprekken dat je krijgt.</translation>
    </message>
    <message>
        <source>Loading the webhook URL from OpenCX…</source>
        <translation>Webhook-URL ophalen bij OpenCX…</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Copies the webhook URL to paste in HubSpot</source>
        <translation>Kopieert de webhook-URL, zodat je hem in HubSpot kunt plakken</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopiëren</translation>
    </message>
    <message>
        <source>On the same Webhooks tab, under HubSpot&apos;s names. The third is a ticket subscription: look under Ticket, not Conversation.</source>
        <translation>Op hetzelfde tabblad Webhooks, onder de namen die HubSpot gebruikt. De derde is een ticketabonnement: kijk onder Ticket, niet onder Gesprek.</translation>
    </message>
    <message>
        <source>Webhook subscriptions the app needs</source>
        <translation>Webhookabonnementen die de app nodig heeft</translation>
    </message>
    <message>
        <source>On the next page you paste the app&apos;s access token (Auth tab → Show token → Copy).</source>
        <translation>Op de volgende pagina plak je het toegangstoken van de app (tabblad Auth → Token weergeven → Kopiëren).</translation>
    </message>
</context>
<context>
    <name>LegacyCredentialsContent</name>
    <message>
        <source>1. The private app&apos;s access token</source>
        <translation>1. Het toegangstoken van de privé-app</translation>
    </message>
    <message>
        <source>In HubSpot, open your legacy app, go to the Auth tab, click Show token, then Copy, and paste it here. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Open in HubSpot je verouderde app, ga naar het tabblad Auth, klik op Token weergeven en daarna op Kopiëren, en plak het token hier. Het wordt bewaard in de wachtwoordkluis van deze computer, nooit in een bestand.</translation>
    </message>
    <message>
        <source>pat-na1-…</source>
        <translation>pat-na1-…</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Toegangstoken van de privé-app</translation>
    </message>
    <message>
        <source>Checks the token with HubSpot</source>
        <translation>Controleert het token bij HubSpot</translation>
    </message>
    <message>
        <source>&amp;Check token</source>
        <translation>Token &amp;controleren</translation>
    </message>
    <message>
        <source>2. The default user</source>
        <translation>2. De standaardgebruiker</translation>
    </message>
    <message>
        <source>OpenCX acts as this HubSpot user, for example when it posts replies. Pick a teammate from your portal.</source>
        <translation>OpenCX treedt op als deze HubSpot-gebruiker, bijvoorbeeld wanneer het antwoorden plaatst. Kies een teamlid uit je account.</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Teamleden</translation>
    </message>
    <message>
        <source>Or type the &amp;user ID:</source>
        <translation>Of typ de &amp;gebruikers-ID:</translation>
    </message>
    <message>
        <source>12345678 or the profile address</source>
        <translation>12345678 of profieladres</translation>
    </message>
    <message>
        <source>HubSpot user ID or profile address</source>
        <translation>HubSpot-gebruikers-ID of profieladres</translation>
    </message>
    <message>
        <source>Uses the typed user ID as the default user</source>
        <translation>Gebruikt de getypte gebruikers-ID als standaardgebruiker</translation>
    </message>
    <message>
        <source>Use &amp;this ID</source>
        <translation>Deze &amp;ID gebruiken</translation>
    </message>
    <message>
        <source>Saves the token and the default user in OpenCX</source>
        <translation>Bewaart het token en de standaardgebruiker in OpenCX</translation>
    </message>
    <message>
        <source>&amp;Save in OpenCX</source>
        <translation>&amp;Opslaan in OpenCX</translation>
    </message>
</context>
<context>
    <name>ManagePage</name>
    <message>
        <source>HubSpot connection</source>
        <translation>HubSpot-koppeling</translation>
    </message>
    <message>
        <source>This HubSpot portal is already connected to OpenCX. Change what you need, or run the test message again.</source>
        <translation>Dit HubSpot-account is al gekoppeld aan OpenCX. Wijzig wat nodig is, of stuur opnieuw een testbericht.</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Aanbevolen actie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>HubSpot portal</source>
        <translation>HubSpot-account</translation>
    </message>
    <message>
        <source>OpenCX organization</source>
        <translation>OpenCX-organisatie</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>AI-afzender</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>E-mailhandtekeningen</translation>
    </message>
    <message>
        <source>Last test message</source>
        <translation>Laatste testbericht</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Change who the AI &amp;posts as</source>
        <translation>A&amp;fzender van de AI wijzigen</translation>
    </message>
    <message>
        <source>Change who the AI posts as</source>
        <translation>Afzender van de AI wijzigen</translation>
    </message>
    <message>
        <source>Change &amp;Autopilot</source>
        <translation>Auto&amp;pilot wijzigen</translation>
    </message>
    <message>
        <source>Change Autopilot per channel</source>
        <translation>Autopilot per kanaal wijzigen</translation>
    </message>
    <message>
        <source>Email &amp;signatures</source>
        <translation>&amp;E-mailhandtekeningen</translation>
    </message>
    <message>
        <source>Edit email signatures</source>
        <translation>E-mailhandtekeningen bewerken</translation>
    </message>
    <message>
        <source>Runs the test message checklist again</source>
        <translation>Doorloopt de checklist van het testbericht opnieuw</translation>
    </message>
    <message>
        <source>&amp;Run the test again</source>
        <translation>Test opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <source>OpenCX stops reading and answering this portal&apos;s conversations. Existing OpenCX sessions stay available.</source>
        <translation>OpenCX stopt met het lezen en beantwoorden van de gesprekken in dit account. Bestaande OpenCX-sessies blijven beschikbaar.</translation>
    </message>
    <message>
        <source>Disco&amp;nnect…</source>
        <translation>&amp;Ontkoppelen…</translation>
    </message>
    <message>
        <source>Disconnect HubSpot from OpenCX</source>
        <translation>HubSpot ontkoppelen van OpenCX</translation>
    </message>
</context>
<context>
    <name>MethodContent</name>
    <message>
        <source>Choose how OpenCX connects to your HubSpot portal.</source>
        <translation>Kies hoe je OpenCX aan je HubSpot-account koppelt.</translation>
    </message>
    <message>
        <source>Confirm switching the connection method</source>
        <translation>Overstappen op een andere koppelmethode bevestigen</translation>
    </message>
    <message>
        <source>Disconnects the portal, then switches the connection method</source>
        <translation>Ontkoppelt het account en stapt daarna over op de andere koppelmethode</translation>
    </message>
    <message>
        <source>Disconnect and s&amp;witch</source>
        <translation>Ontkoppelen en &amp;overstappen</translation>
    </message>
    <message>
        <source>&amp;Keep the current connection</source>
        <translation>Huidige koppeling &amp;behouden</translation>
    </message>
    <message>
        <source>Keep the current connection</source>
        <translation>Huidige koppeling behouden</translation>
    </message>
    <message>
        <source>What&apos;s the difference between the two ways to connect?</source>
        <translation>Wat is het verschil tussen de twee manieren van koppelen?</translation>
    </message>
    <message>
        <source>Comparison of the two connection methods</source>
        <translation>Vergelijking van de twee koppelmethoden</translation>
    </message>
    <message>
        <source>Workflow actions (pause, resume, send to AI, request handoff) are available only with Connect with HubSpot.</source>
        <translation>Workflowacties (pauzeren, hervatten, naar de AI sturen, overdracht aanvragen) zijn alleen beschikbaar met “Koppelen met HubSpot”.</translation>
    </message>
</context>
<context>
    <name>OAuthConnectContent</name>
    <message>
        <source>Connect in the browser</source>
        <translation>Koppelen in de browser</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Status van de koppeling</translation>
    </message>
    <message>
        <source>✓ Connected with HubSpot</source>
        <translation>✓ Gekoppeld met HubSpot</translation>
    </message>
    <message>
        <source>Connected with HubSpot</source>
        <translation>Gekoppeld met HubSpot</translation>
    </message>
</context>
<context>
    <name>PrerequisitesContent</name>
    <message>
        <source>Connect your HubSpot portal to OpenCX so the AI answers your customers in HubSpot.</source>
        <translation>Koppel je HubSpot-account aan OpenCX, zodat de AI je klanten in HubSpot antwoordt.</translation>
    </message>
    <message>
        <source>When a conversation needs a person, OpenCX hands it to your team. Setup takes about ten minutes; you can close this assistant at any time and it reopens where you stopped.</source>
        <translation>Heeft een gesprek een mens nodig, dan geeft OpenCX het door aan je team. Het instellen duurt ongeveer tien minuten. Je kunt deze assistent op elk moment sluiten: hij gaat verder waar je gebleven was.</translation>
    </message>
    <message>
        <source>Make sure that:</source>
        <translation>Zorg ervoor dat:</translation>
    </message>
    <message>
        <source>Prerequisites checklist</source>
        <translation>Checklist met voorwaarden</translation>
    </message>
    <message>
        <source>Items marked &quot;checked automatically&quot; were confirmed by OpenCX or HubSpot; the assistant checks the others again as soon as it can.</source>
        <translation>Punten met “automatisch gecontroleerd” zijn bevestigd door OpenCX of HubSpot. De andere controleert de assistent opnieuw zodra dat kan.</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Who the AI posts as</source>
        <translation>Afzender van de AI</translation>
    </message>
    <message>
        <source>Pick the HubSpot teammate OpenCX attributes its replies to: click a name and it is saved. Customers see this teammate&apos;s name on email replies. A dedicated AI teammate (for example &quot;Acme Assistant&quot;) makes it clear that a reply came from the AI.</source>
        <translation>Kies het HubSpot-teamlid op wiens naam OpenCX zijn antwoorden zet: klik op een naam en die wordt opgeslagen. Klanten zien de naam van dit teamlid bij antwoorden per e-mail. Met een apart AI-teamlid (bijvoorbeeld “Acme Assistent”) is duidelijk dat een antwoord van de AI komt.</translation>
    </message>
    <message>
        <source>The AI does not post as anyone yet.</source>
        <translation>De AI heeft nog geen afzender.</translation>
    </message>
    <message>
        <source>Reads the teammates from HubSpot again</source>
        <translation>Leest de teamleden opnieuw uit HubSpot</translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation>Lijst opnieuw &amp;laden</translation>
    </message>
</context>
<context>
    <name>SignInContent</name>
    <message>
        <source>Sign in with the OpenCX account you use for the dashboard. Your browser opens on the OpenCX sign-in page; after you sign in there, come back here: this window continues on its own.</source>
        <translation>Log in met het OpenCX-account dat je voor het dashboard gebruikt. Je browser opent de inlogpagina van OpenCX. Kom na het inloggen hier terug: dit venster gaat vanzelf verder.</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Inloggen via de browser</translation>
    </message>
    <message>
        <source>Use an &amp;API key instead</source>
        <translation>Een API-&amp;sleutel gebruiken</translation>
    </message>
    <message>
        <source>Use an API key instead</source>
        <translation>Een API-sleutel gebruiken</translation>
    </message>
    <message>
        <source>API key sign-in</source>
        <translation>Inloggen met API-sleutel</translation>
    </message>
    <message>
        <source>Create an API key in the OpenCX dashboard (Settings → Access) and paste it here. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Maak een API-sleutel aan in het OpenCX-dashboard (“Settings → Access”) en plak hem hier. Hij wordt bewaard in de wachtwoordkluis van deze computer, nooit in een bestand.</translation>
    </message>
    <message>
        <source>ocx_key_…</source>
        <translation>ocx_key_…</translation>
    </message>
    <message>
        <source>OpenCX API key</source>
        <translation>OpenCX-API-sleutel</translation>
    </message>
    <message>
        <source>Sign in with &amp;key</source>
        <translation>Inloggen &amp;met sleutel</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Ingelogd</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Uitloggen</translation>
    </message>
    <message>
        <source>Sign out of OpenCX</source>
        <translation>Uitloggen bij OpenCX</translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <source>New rule</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>E-mailhandtekeningen</translation>
    </message>
    <message>
        <source>Signatures are added to the AI&apos;s email replies by the sender&apos;s email domain. Use a domain such as &lt;b&gt;open.cx&lt;/b&gt; for one domain, or &lt;b&gt;*.nl&lt;/b&gt; for every address ending in .nl. An exact domain always wins over a wildcard. This step is optional.</source>
        <translation>Handtekeningen worden aan de e-mailantwoorden van de AI toegevoegd op basis van het e-maildomein van de afzender. Gebruik een domein zoals &lt;b&gt;open.cx&lt;/b&gt; voor één domein, of &lt;b&gt;*.nl&lt;/b&gt; voor elk adres dat eindigt op .nl. Een exact domein gaat altijd voor een jokerteken (*). Deze stap is optioneel.</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regels</translation>
    </message>
    <message>
        <source>Signature rules</source>
        <translation>Handtekeningregels</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toevoe&amp;gen</translation>
    </message>
    <message>
        <source>Add a signature rule</source>
        <translation>Een handtekeningregel toevoegen</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected signature rule</source>
        <translation>De geselecteerde handtekeningregel verwijderen</translation>
    </message>
    <message>
        <source>Domain &amp;pattern</source>
        <translation>Domein&amp;patroon</translation>
    </message>
    <message>
        <source>open.cx or *.nl</source>
        <translation>open.cx of *.nl</translation>
    </message>
    <message>
        <source>Domain pattern</source>
        <translation>Domeinpatroon</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>&amp;Handtekening</translation>
    </message>
    <message>
        <source>Pre&amp;view (what will be saved)</source>
        <translation>V&amp;oorbeeld (zo wordt het opgeslagen)</translation>
    </message>
    <message>
        <source>Edit the &amp;HTML (advanced: paste a signature made elsewhere)</source>
        <translation>HT&amp;ML bewerken (geavanceerd: plak een bestaande handtekening)</translation>
    </message>
    <message>
        <source>Signature HTML: paste it here, or change it. Scripts and anything that loads from the internet are removed.</source>
        <translation>HTML van de handtekening: plak hem hier of pas hem aan. Scripts en alles wat iets van internet laadt, worden verwijderd.</translation>
    </message>
    <message>
        <source>Signature HTML</source>
        <translation>HTML van de handtekening</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kind regards,&lt;br&gt;The Acme team&lt;/p&gt;</source>
        <translation>&lt;p&gt;Met vriendelijke groet,&lt;br&gt;Het Acme-team&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saves the signature rule in OpenCX</source>
        <translation>Bewaart de handtekeningregel in OpenCX</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>Regel op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Which signature would an email from this address get?</source>
        <translation>&amp;Welke handtekening krijgt een e-mail van dit adres?</translation>
    </message>
    <message>
        <source>anna@shop.nl</source>
        <translation>anna@shop.nl</translation>
    </message>
    <message>
        <source>Email address to test</source>
        <translation>E-mailadres om te testen</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>AI posts as</source>
        <translation>AI-afzender</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>This is what was set up. You can change any of it later by opening this assistant again.</source>
        <translation>Dit is wat er is ingesteld. Je kunt alles later wijzigen door deze assistent opnieuw te openen.</translation>
    </message>
    <message>
        <source>What was set up</source>
        <translation>Wat er is ingesteld</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>HubSpot portal</source>
        <translation>HubSpot-account</translation>
    </message>
    <message>
        <source>OpenCX organization</source>
        <translation>OpenCX-organisatie</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>E-mailhandtekeningen</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Workflowacties</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testbericht</translation>
    </message>
    <message>
        <source>A file for OpenCX support about this setup</source>
        <translation>Een bestand over deze instellingen voor OpenCX-support</translation>
    </message>
    <message>
        <source>&amp;Export diagnostics…</source>
        <translation>Diagnosebestand e&amp;xporteren…</translation>
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
        <translation>Testbericht sturen</translation>
    </message>
    <message>
        <source>Prove that the connection works: send one message the way a customer would, and watch each step of the guide tick itself as it happens.</source>
        <translation>Test of de koppeling werkt: stuur één bericht zoals een klant dat doet, en kijk hoe elke stap van de handleiding wordt afgevinkt zodra die gebeurt.</translation>
    </message>
    <message>
        <source>1. Before you send</source>
        <translation>1. Voordat je het verstuurt</translation>
    </message>
    <message>
        <source>Send the test message by:</source>
        <translation>Stuur het testbericht via:</translation>
    </message>
    <message>
        <source>Channel for the test message</source>
        <translation>Kanaal voor het testbericht</translation>
    </message>
    <message>
        <source>T&amp;urn Autopilot on</source>
        <translation>Autopilot aan&amp;zetten</translation>
    </message>
    <message>
        <source>Turn Autopilot on for the test channel</source>
        <translation>Zet Autopilot aan voor het testkanaal</translation>
    </message>
    <message>
        <source>2. Where to send it</source>
        <translation>2. Waar je het naartoe stuurt</translation>
    </message>
    <message>
        <source>The message must come in through a channel HubSpot owns: your HubSpot chat widget, or an email address routed through a HubSpot inbox. A message sent anywhere else never reaches HubSpot, so OpenCX cannot see it.</source>
        <translation>Het bericht moet binnenkomen via een kanaal van HubSpot: je HubSpot-chatwidget, of een e-mailadres dat via een HubSpot-inbox loopt. Een bericht dat je ergens anders naartoe stuurt, komt nooit in HubSpot aan, dus OpenCX kan het niet zien.</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Adres &amp;kopiëren</translation>
    </message>
    <message>
        <source>3. Watch it happen</source>
        <translation>3. Kijk hoe het gebeurt</translation>
    </message>
    <message>
        <source>A practice customer sends the test message for you</source>
        <translation>Een oefenklant stuurt het testbericht voor je</translation>
    </message>
    <message>
        <source>Send a &amp;test message as a customer</source>
        <translation>Als k&amp;lant een testbericht sturen</translation>
    </message>
    <message>
        <source>Watches for another test message in the same test</source>
        <translation>Wacht op nog een testbericht in dezelfde test</translation>
    </message>
    <message>
        <source>&amp;Watch for another message</source>
        <translation>&amp;Wachten op nog een bericht</translation>
    </message>
    <message>
        <source>Asks for a handoff to a person, as a customer would</source>
        <translation>Vraagt om overdracht aan een mens, zoals een klant dat zou doen</translation>
    </message>
    <message>
        <source>Request &amp;handoff</source>
        <translation>Overdracht aan&amp;vragen</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Test starten</translation>
    </message>
    <message>
        <source>Skips the test for now; you can run it later</source>
        <translation>Slaat de test voorlopig over; je kunt hem later nog doen</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Voorlopig &amp;overslaan</translation>
    </message>
</context>
<context>
    <name>WorkflowActionsPage</name>
    <message>
        <source>Workflow actions</source>
        <translation>Workflowacties</translation>
    </message>
    <message>
        <source>Connecting with HubSpot added four OpenCX actions to your HubSpot workflows. Use them when HubSpot rules should control the AI. You find them in HubSpot under Automation → Workflows, when you add an action to a workflow. There is nothing to set up here.</source>
        <translation>Door de koppeling met HubSpot zijn er vier OpenCX-acties aan je HubSpot-workflows toegevoegd. Gebruik ze als regels in HubSpot de AI moeten aansturen. Je vindt ze in HubSpot onder Automatisering → Workflows, wanneer je een actie aan een workflow toevoegt. Je hoeft hier niets in te stellen.</translation>
    </message>
    <message>
        <source>The four actions</source>
        <translation>De vier acties</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action&lt;/b&gt;</source>
        <translation>&lt;b&gt;Actie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Use it when&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wanneer gebruiken&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;In your portal&lt;/b&gt;</source>
        <translation>&lt;b&gt;In je account&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Check again which workflow actions are installed</source>
        <translation>Opnieuw controleren welke workflowacties geïnstalleerd zijn</translation>
    </message>
</context>
<context>
    <name>cli.answers_input</name>
    <message>
        <source>OpenCX API key</source>
        <translation>OpenCX-API-sleutel</translation>
    </message>
    <message>
        <source>private app token</source>
        <translation>toegangstoken van de privé-app</translation>
    </message>
    <message>
        <source>%1 cannot be read (its links lead nowhere)</source>
        <translation>%1 kan niet worden gelezen (de link verwijst naar niets)</translation>
    </message>
    <message>
        <source>%1 is outside the folder of the answers file; keep signature files in that folder or below it</source>
        <translation>%1 staat buiten de map van het antwoordbestand; zet handtekeningbestanden in die map of in een map daaronder</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB, the most a signature may be</source>
        <translation>%1 is groter dan %2 KiB, het maximum voor een handtekening</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; is it the right file?</source>
        <translation>%1 is groter dan %2 KiB; is het wel het juiste bestand?</translation>
    </message>
    <message>
        <source>Set %1 to the %2 before running the command.</source>
        <translation>Zet %1 op de waarde van je %2 voordat je de opdracht uitvoert.</translation>
    </message>
    <message>
        <source>Store the %1 in the system keychain under &quot;%2&quot;.</source>
        <translation>Bewaar je %1 in de wachtwoordkluis van de computer onder “%2”.</translation>
    </message>
    <message>
        <source>Pipe the %1 into the command, for example: ... &lt; key.txt</source>
        <translation>Geef je %1 via standaardinvoer aan de opdracht, bijvoorbeeld: ... &lt; key.txt</translation>
    </message>
</context>
<context>
    <name>cli.apply</name>
    <message>
        <source>Setup is complete.</source>
        <translation>Alles is ingesteld.</translation>
    </message>
    <message>
        <source>%1: the practice customer exists only in the sandbox</source>
        <translation>%1: de oefenklant bestaat alleen in de oefenmodus</translation>
    </message>
</context>
<context>
    <name>cli.apply_steps</name>
    <message>
        <source>confirmed in the answers file</source>
        <translation>bevestigd in het antwoordbestand</translation>
    </message>
    <message>
        <source>%1 is checked when HubSpot is connected</source>
        <translation>%1 wordt gecontroleerd zodra HubSpot gekoppeld is</translation>
    </message>
    <message>
        <source>%1 is not confirmed and HubSpot cannot tell; %2 is checked when HubSpot is connected</source>
        <translation>%1 is niet bevestigd en HubSpot kan het niet zien; %2 wordt gecontroleerd zodra HubSpot gekoppeld is</translation>
    </message>
    <message>
        <source>%1 is not confirmed and HubSpot cannot tell; %2 confirmed</source>
        <translation>%1 is niet bevestigd en HubSpot kan het niet zien; %2 bevestigd</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), with the API key</source>
        <translation>%1 (%2 van %3), met de API-sleutel</translation>
    </message>
    <message>
        <source>Opening your browser to sign in to OpenCX ...</source>
        <translation>Je browser wordt geopend om in te loggen bij OpenCX ...</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), in the browser</source>
        <translation>%1 (%2 van %3), in de browser</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), with the saved session</source>
        <translation>%1 (%2 van %3), met de opgeslagen sessie</translation>
    </message>
    <message>
        <source>Your role is %1.</source>
        <translation>Je rol is %1.</translation>
    </message>
    <message>
        <source>Using the sandbox&apos;s practice %1 (%2 is empty).</source>
        <translation>De oefenmodus gebruikt zijn eigen %1 (%2 is leeg).</translation>
    </message>
    <message>
        <source>Once it is fixed, stop this command with Ctrl+C and run it again.</source>
        <translation>Stop deze opdracht met Ctrl+C zodra het is opgelost, en voer hem opnieuw uit.</translation>
    </message>
    <message>
        <source>Waiting for you in the browser. If it did not open, visit:</source>
        <translation>De assistent wacht op jou in de browser. Is die niet geopend, ga dan naar:</translation>
    </message>
    <message>
        <source>The browser answered; finishing ...</source>
        <translation>De browser heeft geantwoord; bezig met afronden ...</translation>
    </message>
    <message>
        <source>portal %1 is already connected</source>
        <translation>account %1 is al gekoppeld</translation>
    </message>
    <message>
        <source>Opening your browser to approve OpenCX in HubSpot ...</source>
        <translation>Je browser wordt geopend om OpenCX goed te keuren in HubSpot ...</translation>
    </message>
    <message>
        <source>connected portal %1</source>
        <translation>account %1 gekoppeld</translation>
    </message>
    <message>
        <source>HubSpot no longer lets OpenCX into %1: reconnecting ...</source>
        <translation>HubSpot geeft OpenCX geen toegang meer tot %1: opnieuw koppelen ...</translation>
    </message>
    <message>
        <source>Moving OpenCX to %1, as [oauth] portal_id says.</source>
        <translation>OpenCX wordt overgezet naar %1, zoals [oauth] portal_id aangeeft.</translation>
    </message>
    <message>
        <source>Switching %1 from the legacy private app to “Connect with HubSpot” (the guide&apos;s OAuth Public App), without disconnecting ...</source>
        <translation>%1 gaat over van de verouderde privé-app naar “Koppelen met HubSpot” (de OAuth Public App uit de handleiding), zonder te ontkoppelen ...</translation>
    </message>
    <message>
        <source>switched to Connect with HubSpot: portal %1</source>
        <translation>overgezet naar “Koppelen met HubSpot”: account %1</translation>
    </message>
    <message>
        <source>reconnected: portal %1</source>
        <translation>opnieuw gekoppeld: account %1</translation>
    </message>
    <message>
        <source>token accepted by HubSpot for portal %1</source>
        <translation>token geaccepteerd door HubSpot voor account %1</translation>
    </message>
    <message>
        <source>not a HubSpot user</source>
        <translation>geen HubSpot-gebruiker</translation>
    </message>
    <message>
        <source>OpenCX acts as HubSpot user %1, not %2. Changing the default user needs a disconnect and a new connection.</source>
        <translation>OpenCX treedt op als HubSpot-gebruiker %1, niet als %2. Om de standaardgebruiker te wijzigen, moet je ontkoppelen en opnieuw koppelen.</translation>
    </message>
    <message>
        <source>the OAuth path needs a [sender] (email = ...)</source>
        <translation>de OAuth-route heeft een [sender] nodig (email = ...)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (behouden)</translation>
    </message>
    <message>
        <source>no HubSpot teammate has the email %1 (teammates: %2)</source>
        <translation>geen HubSpot-teamlid heeft het e-mailadres %1 (teamleden: %2)</translation>
    </message>
    <message>
        <source>no HubSpot teammate has the owner id %1 (teammates: %2)</source>
        <translation>geen HubSpot-teamlid heeft eigenaar-ID %1 (teamleden: %2)</translation>
    </message>
    <message>
        <source>turned %1 (now: %2)</source>
        <translation>gewijzigd: %1 (nu: %2)</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 aan</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 uit</translation>
    </message>
    <message>
        <source>not a domain pattern</source>
        <translation>geen domeinpatroon</translation>
    </message>
    <message>
        <source>not usable HTML</source>
        <translation>geen bruikbare HTML</translation>
    </message>
    <message>
        <source>the rule was refused</source>
        <translation>de regel is geweigerd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>added %1; updated %2 (%n rule(s) in all)</source>
        <translation>
            <numerusform>toegevoegd: %1; bijgewerkt: %2 (%n regel in totaal)</numerusform>
            <numerusform>toegevoegd: %1; bijgewerkt: %2 (%n regels in totaal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added %1 (%n rule(s) in all)</source>
        <translation>
            <numerusform>toegevoegd: %1 (%n regel in totaal)</numerusform>
            <numerusform>toegevoegd: %1 (%n regels in totaal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %1 (%n rule(s) in all)</source>
        <translation>
            <numerusform>bijgewerkt: %1 (%n regel in totaal)</numerusform>
            <numerusform>bijgewerkt: %1 (%n regels in totaal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), all as in the answers file</source>
        <translation>
            <numerusform>%n regel, precies zoals in het antwoordbestand</numerusform>
            <numerusform>%n regels, allemaal zoals in het antwoordbestand</numerusform>
        </translation>
    </message>
    <message>
        <source>the answers file says run = false</source>
        <translation>in het antwoordbestand staat run = false</translation>
    </message>
    <message>
        <source>the simulated customer exists only in the sandbox</source>
        <translation>de oefenklant bestaat alleen in de oefenmodus</translation>
    </message>
    <message>
        <source>Watching for another message in the same test ...</source>
        <translation>Wachten op nog een bericht in dezelfde test ...</translation>
    </message>
    <message>
        <source>the test finished; not every item happened, as set up (test run %1)</source>
        <translation>de test is klaar; niet elk punt is gebeurd, zoals ingesteld (testrun %1)</translation>
    </message>
    <message>
        <source>all checks passed (test run %1)</source>
        <translation>alle controles geslaagd (testrun %1)</translation>
    </message>
    <message>
        <source>The simulated customer sends the test message ...</source>
        <translation>De oefenklant stuurt het testbericht ...</translation>
    </message>
    <message>
        <source>Asking OpenCX to hand the conversation to a human ...</source>
        <translation>OpenCX wordt gevraagd het gesprek aan een mens over te dragen ...</translation>
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
        <translation>Wat te doen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n thing(s).</source>
        <translation>
            <numerusform>Aandacht nodig: %n punt.</numerusform>
            <numerusform>Aandacht nodig: %n punten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything that can be checked is fine.</source>
        <translation>Alles wat gecontroleerd kan worden, is in orde.</translation>
    </message>
    <message>
        <source>Wrote the diagnostics bundle %1</source>
        <translation>Diagnosebestand opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>cli.doctor_checks</name>
    <message>
        <source>Not signed in to OpenCX.</source>
        <translation>Niet ingelogd bij OpenCX.</translation>
    </message>
    <message>
        <source>Sign in with the assistant, or give an owner&apos;s or admin&apos;s API key.</source>
        <translation>Log in via de assistent, of geef de API-sleutel van een eigenaar of beheerder op.</translation>
    </message>
    <message>
        <source>OpenCX is reachable; signed in as %1 (%2).</source>
        <translation>OpenCX is bereikbaar; ingelogd als %1 (%2).</translation>
    </message>
    <message>
        <source>Your OpenCX role is %1; only owners and admins can manage the HubSpot connection.</source>
        <translation>Je OpenCX-rol is %1; alleen eigenaren en beheerders kunnen de HubSpot-koppeling beheren.</translation>
    </message>
    <message>
        <source>Ask an owner of the organization to make you an admin.</source>
        <translation>Vraag een eigenaar van de organisatie om je beheerder te maken.</translation>
    </message>
    <message>
        <source>OpenCX role: %1.</source>
        <translation>OpenCX-rol: %1.</translation>
    </message>
    <message>
        <source>HubSpot is not connected to this OpenCX organization.</source>
        <translation>HubSpot is niet gekoppeld aan deze OpenCX-organisatie.</translation>
    </message>
    <message>
        <source>Run the assistant (or `apply`) to connect HubSpot.</source>
        <translation>Start de assistent (of `apply`) om HubSpot te koppelen.</translation>
    </message>
    <message>
        <source>Reconnect required: %1</source>
        <translation>Opnieuw koppelen nodig: %1</translation>
    </message>
    <message>
        <source>%1: in the assistant&apos;s HubSpot connection page, or run `apply` with your OAuth answers file. %2</source>
        <translation>%1: op de pagina HubSpot-koppeling van de assistent, of voer `apply` uit met je antwoordbestand voor OAuth. %2</translation>
    </message>
    <message>
        <source>Connected via %1 to portal %2 (%3).</source>
        <translation>Gekoppeld aan account %2 (%3); koppelmethode: %1.</translation>
    </message>
    <message>
        <source>Connected via %1 to portal %2.</source>
        <translation>Gekoppeld aan account %2; koppelmethode: %1.</translation>
    </message>
    <message>
        <source>Action recommended: this portal still uses a legacy private app. Switching it to “Connect with HubSpot” (the guide&apos;s OAuth Public App) adds workflow actions, renews access by itself, sets up webhooks for you and lets agents take over faster.</source>
        <translation>Actie aanbevolen: dit account gebruikt nog een verouderde privé-app. Stap je over op “Koppelen met HubSpot” (de OAuth Public App uit de handleiding), dan krijg je workflowacties, wordt de toegang vanzelf vernieuwd, worden de meldingen van HubSpot aan OpenCX (webhooks) voor je ingesteld en kunnen medewerkers sneller overnemen.</translation>
    </message>
    <message>
        <source>%1: in the assistant&apos;s HubSpot connection page, or run `apply` with an OAuth answers file. %2</source>
        <translation>%1: op de pagina HubSpot-koppeling van de assistent, of voer `apply` uit met een antwoordbestand voor OAuth. %2</translation>
    </message>
    <message>
        <source>Workflow actions not installed: %1.</source>
        <translation>Workflowacties niet geïnstalleerd: %1.</translation>
    </message>
    <message>
        <source>Reconnect through OAuth to install them.</source>
        <translation>Koppel opnieuw via OAuth om ze te installeren.</translation>
    </message>
    <message>
        <source>No teammate is set for the AI to post as, so AI replies cannot be posted.</source>
        <translation>Er is geen teamlid ingesteld als afzender van de AI, dus AI-antwoorden kunnen niet worden geplaatst.</translation>
    </message>
    <message>
        <source>Pick the AI sender in the assistant (Who the AI posts as).</source>
        <translation>Kies de afzender van de AI in de assistent (Afzender van de AI).</translation>
    </message>
    <message>
        <source>The AI posts as %1.</source>
        <translation>De AI plaatst berichten als %1.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, the channel you test on: OpenCX stores %1 conversations but does not reply to them.</source>
        <translation>Autopilot staat uit voor %1, het kanaal waarop je test: OpenCX bewaart de gesprekken van kanaal %1, maar beantwoordt ze niet.</translation>
    </message>
    <message>
        <source>Turn Autopilot on for %1 (assistant: Autopilot page).</source>
        <translation>Zet Autopilot aan voor %1 (assistent: pagina Autopilot).</translation>
    </message>
    <message>
        <source>Autopilot: %1.</source>
        <translation>Autopilot: %1.</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 aan</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 uit</translation>
    </message>
    <message>
        <source>not in canonical form</source>
        <translation>niet in standaardvorm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some email signature rules are not valid: %1.</source>
        <translation>Sommige regels voor e-mailhandtekeningen zijn niet geldig: %1.</translation>
    </message>
    <message>
        <source>Edit or remove them in the assistant (Email signatures).</source>
        <translation>Bewerk of verwijder ze in de assistent (E-mailhandtekeningen).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message numerus="yes">
        <source>%n email signature rule(s) (%1).</source>
        <translation>
            <numerusform>%n regel voor e-mailhandtekeningen (%1).</numerusform>
            <numerusform>%n regels voor e-mailhandtekeningen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The private app token is not on this computer, so its scopes were not checked.</source>
        <translation>Het toegangstoken van de privé-app staat niet op deze computer, dus de machtigingen (scopes) zijn niet gecontroleerd.</translation>
    </message>
    <message>
        <source>Set %1 to check them.</source>
        <translation>Stel %1 in om ze te controleren.</translation>
    </message>
    <message>
        <source>The private app token for portal %1 is missing scopes: %2.</source>
        <translation>Het toegangstoken van de privé-app voor account %1 mist machtigingen (scopes): %2.</translation>
    </message>
    <message>
        <source>Add the missing scopes to the legacy app in HubSpot and commit the change.</source>
        <translation>Voeg de ontbrekende machtigingen toe aan de verouderde app in HubSpot en voer de wijziging door.</translation>
    </message>
    <message>
        <source>The private app token for portal %1 has every required scope.</source>
        <translation>Het toegangstoken van de privé-app voor account %1 heeft alle vereiste machtigingen.</translation>
    </message>
    <message>
        <source>The test message checklist has not been run on this computer.</source>
        <translation>De checklist van het testbericht is op deze computer nog niet uitgevoerd.</translation>
    </message>
    <message>
        <source>Run it from the assistant (Send a test message) to prove the connection.</source>
        <translation>Voer hem uit in de assistent (Testbericht sturen) om te laten zien dat de koppeling werkt.</translation>
    </message>
    <message>
        <source>The last test run (%1) passed.</source>
        <translation>De laatste testrun (%1) is geslaagd.</translation>
    </message>
    <message>
        <source>not every check passed</source>
        <translation>niet alle controles zijn geslaagd</translation>
    </message>
    <message>
        <source>The last test run (%1) did not pass: %2.</source>
        <translation>De laatste testrun (%1) is niet geslaagd: %2.</translation>
    </message>
    <message>
        <source>Run the test again.</source>
        <translation>Doe de test opnieuw.</translation>
    </message>
</context>
<context>
    <name>cli.export_answers</name>
    <message>
        <source>Wrote %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>cli.hubspot_command</name>
    <message>
        <source>standard input or %1</source>
        <translation>standaardinvoer of %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Verleende machtigingen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Missing scopes: %1</source>
        <translation>Ontbrekende machtigingen: %1</translation>
    </message>
    <message>
        <source>Add them on the legacy app&apos;s Scopes tab in HubSpot, commit the change, and check again.</source>
        <translation>Voeg ze toe op het tabblad Scopes van de verouderde app in HubSpot, voer de wijziging door en controleer opnieuw.</translation>
    </message>
    <message>
        <source>Every required scope is granted.</source>
        <translation>Alle vereiste machtigingen zijn verleend.</translation>
    </message>
    <message>
        <source>First teammates:</source>
        <translation>Eerste teamleden:</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (gebruikers-ID %2)</translation>
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
        <translation>klaar</translation>
    </message>
    <message>
        <source>already set</source>
        <translation>al ingesteld</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>MISLUKT</translation>
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
        <translation>opmerking: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Wat er gebeurde: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Wat te doen: %1</translation>
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
        <translation>De oefenmodus kon niet starten: %1</translation>
    </message>
    <message>
        <source>Sandbox scenario %1 serving at %2</source>
        <translation>Oefenmodus met scenario %1 draait op %2</translation>
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
        <translation>Status:</translation>
    </message>
    <message>
        <source>Practice customer:</source>
        <translation>Oefenklant:</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Druk op Ctrl+C om te stoppen.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Oefenmodus gestopt.</translation>
    </message>
</context>
<context>
    <name>flow.answers</name>
    <message>
        <source>HubSpot account with Service Hub Starter or above</source>
        <translation>HubSpot-account met Service Hub Starter of hoger</translation>
    </message>
    <message>
        <source>The integration uses HubSpot&apos;s conversations and ticketing tools.</source>
        <translation>De integratie gebruikt de gespreks- en ticketfuncties van HubSpot.</translation>
    </message>
    <message>
        <source>You may connect apps to the HubSpot portal</source>
        <translation>Je mag apps koppelen aan het HubSpot-account</translation>
    </message>
    <message>
        <source>In HubSpot that means a super admin, or a user with the App Marketplace Access permission, in the portal OpenCX will use.</source>
        <translation>In HubSpot betekent dat: je bent superbeheerder, of gebruiker met de machtiging Toegang tot App Marketplace, in het account dat OpenCX gaat gebruiken.</translation>
    </message>
    <message>
        <source>You are an owner or admin in OpenCX</source>
        <translation>Je bent eigenaar of beheerder in OpenCX</translation>
    </message>
    <message>
        <source>Only organization owners and admins can save integration settings.</source>
        <translation>Alleen eigenaren en beheerders van de organisatie kunnen integratie-instellingen opslaan.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>Eigenaar %1</translation>
    </message>
</context>
<context>
    <name>flow.answers_file</name>
    <message>
        <source>name exactly one place for the secret: env = &quot;VARIABLE&quot;, keyring = &quot;entry name&quot;, or stdin = true</source>
        <translation>geef precies één plek op voor het geheim: env = &quot;VARIABELE&quot;, keyring = &quot;naam van het item&quot; of stdin = true</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>de omgevingsvariabele %1</translation>
    </message>
    <message>
        <source>the keyring entry &quot;%1&quot;</source>
        <translation>het item “%1” in de wachtwoordkluis</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standaardinvoer</translation>
    </message>
    <message>
        <source>sign_in = &quot;api_key&quot; needs api_key = { env = &quot;OPENCX_API_KEY&quot; } (or a keyring entry, or stdin = true)</source>
        <translation>sign_in = &quot;api_key&quot; heeft api_key = { env = &quot;OPENCX_API_KEY&quot; } nodig (of een item in de wachtwoordkluis, of stdin = true)</translation>
    </message>
    <message>
        <source>give the sender&apos;s email or owner_id (one of them)</source>
        <translation>geef het e-mailadres of de owner_id van de afzender op (één van beide)</translation>
    </message>
    <message>
        <source>a channel cannot be turned both on and off: %1</source>
        <translation>een kanaal kan niet tegelijk aan en uit staan: %1</translation>
    </message>
    <message>
        <source>give html or html_file (one of them)</source>
        <translation>geef html of html_file op (één van beide)</translation>
    </message>
    <message>
        <source>the file contains a secret (a private app token, an OpenCX API key or a sign-in token). Secrets never go in the answers file: name where to find them instead, for example { env = &quot;HUBSPOT_PRIVATE_APP_TOKEN&quot; }</source>
        <translation>het bestand bevat een geheim (een toegangstoken van een privé-app, een OpenCX-API-sleutel of een inlogtoken). Geheimen horen nooit in het antwoordbestand: geef in plaats daarvan aan waar ze te vinden zijn, bijvoorbeeld { env = &quot;HUBSPOT_PRIVATE_APP_TOKEN&quot; }</translation>
    </message>
    <message>
        <source>method = &quot;legacy&quot; needs a [legacy] section with private_app_token and default_user</source>
        <translation>method = &quot;legacy&quot; heeft een sectie [legacy] met private_app_token en default_user nodig</translation>
    </message>
    <message>
        <source>[sender] and [[signatures]] exist only for the OAuth method; the legacy path uses [legacy] default_user</source>
        <translation>[sender] en [[signatures]] bestaan alleen voor de OAuth-methode; de route met de verouderde app gebruikt [legacy] default_user</translation>
    </message>
    <message>
        <source>[legacy] is only for method = &quot;legacy&quot;</source>
        <translation>[legacy] is alleen voor method = &quot;legacy&quot;</translation>
    </message>
    <message>
        <source>only one secret can come from standard input</source>
        <translation>er kan maar één geheim via standaardinvoer komen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the same domain as %2 (&quot;%3&quot;); keep one rule per domain</source>
        <translation>“%1” is hetzelfde domein als %2 (“%3”); gebruik één regel per domein</translation>
    </message>
    <message>
        <source>This is not valid TOML: %1.</source>
        <translation>Dit is geen geldige TOML: %1.</translation>
    </message>
    <message>
        <source>is not a known setting (check the spelling)</source>
        <translation>is geen bekende instelling (controleer de spelling)</translation>
    </message>
</context>
<context>
    <name>flow.api_keys</name>
    <message>
        <source>Paste an OpenCX API key, or sign in with the browser.</source>
        <translation>Plak een OpenCX-API-sleutel, of log in met de browser.</translation>
    </message>
    <message>
        <source>That is much longer than an OpenCX API key; copy only the key.</source>
        <translation>Dat is veel langer dan een OpenCX-API-sleutel; kopieer alleen de sleutel.</translation>
    </message>
    <message>
        <source>The API key has spaces, line breaks or invisible characters in the middle, so it was not copied in one piece.</source>
        <translation>De API-sleutel bevat spaties, regeleinden of onzichtbare tekens in het midden, dus hij is niet in één stuk gekopieerd.</translation>
    </message>
    <message>
        <source>The API key has characters no OpenCX key has (letters like é, or curly quotes), so it was not copied exactly.</source>
        <translation>De API-sleutel bevat tekens die geen enkele OpenCX-sleutel heeft (letters als é, of gekrulde aanhalingstekens), dus hij is niet precies gekopieerd.</translation>
    </message>
    <message>
        <source>Copy the key again from OpenCX (Settings → Access), or create a new key there.</source>
        <translation>Kopieer de sleutel opnieuw uit OpenCX (“Settings → Access”), of maak daar een nieuwe sleutel aan.</translation>
    </message>
</context>
<context>
    <name>flow.changes</name>
    <message>
        <source>You signed in to %1, not %2, so the steps after sign-in start over.</source>
        <translation>Je bent ingelogd bij %1, niet bij %2, dus de stappen na het inloggen beginnen opnieuw.</translation>
    </message>
    <message>
        <source>Your OpenCX role is %1.</source>
        <translation>Je OpenCX-rol is %1.</translation>
    </message>
    <message>
        <source>Portal %1 is connected through “Connect with HubSpot”. Switching to an existing legacy app disconnects it first; the steps after this one start over.</source>
        <translation>Account %1 is gekoppeld via “Koppelen met HubSpot”. Als je overstapt op een bestaande verouderde app, wordt het eerst ontkoppeld; de stappen na deze stap beginnen opnieuw.</translation>
    </message>
    <message>
        <source>Not confirmed, and HubSpot does not tell apps which subscription a portal has; the portal report shows what could be seen.</source>
        <translation>Niet bevestigd, en HubSpot vertelt apps niet welk abonnement een account heeft; het overzicht van het HubSpot-account laat zien wat er te zien was.</translation>
    </message>
    <message>
        <source>Invalid pattern.</source>
        <translation>Ongeldig patroon.</translation>
    </message>
    <message>
        <source>Invalid signature.</source>
        <translation>Ongeldige handtekening.</translation>
    </message>
</context>
<context>
    <name>flow.checklist</name>
    <message>
        <source>The test stopped at “%1”: OpenCX never made a session of that message. Send another test message as the cause under it says, then press Watch for another message.</source>
        <translation>De test is gestopt bij “%1”: OpenCX heeft van dat bericht nooit een sessie gemaakt. Stuur nog een testbericht zoals de uitleg eronder aangeeft, en klik dan op Wachten op nog een bericht.</translation>
    </message>
    <message>
        <source>The test stopped at “%1”. The cause and fix are under it; fix it, then start the test again.</source>
        <translation>De test is gestopt bij “%1”. De oorzaak en de oplossing staan eronder: los het op en start de test opnieuw.</translation>
    </message>
    <message>
        <source>All checks passed: HubSpot and OpenCX work together.</source>
        <translation>Alle controles geslaagd: HubSpot en OpenCX werken samen.</translation>
    </message>
    <message>
        <source>The test finished: HubSpot and OpenCX work together. Not every item happened, as your settings ask; the reason is under each one marked –.</source>
        <translation>De test is klaar: HubSpot en OpenCX werken samen. Niet elk punt is gebeurd, zoals je instellingen vragen; de reden staat onder elk punt met –.</translation>
    </message>
    <message>
        <source>the teammate the AI posts as</source>
        <translation>de afzender van de AI</translation>
    </message>
    <message>
        <source>a teammate</source>
        <translation>een teamlid</translation>
    </message>
    <message>
        <source>Your HubSpot inbox “%1” assigns new conversations to %2. The AI stays silent on conversations someone else owns, so your test message would get no AI reply. In HubSpot, change this inbox&apos;s routing so new conversations go to %3 (or to nobody) before you start.</source>
        <translation>Je HubSpot-inbox “%1” wijst nieuwe gesprekken toe aan %2. De AI zwijgt bij gesprekken die van iemand anders zijn, dus je testbericht zou geen AI-antwoord krijgen. Wijzig in HubSpot de routering van deze inbox, zodat nieuwe gesprekken naar %3 gaan (of naar niemand), voordat je begint.</translation>
    </message>
    <message>
        <source>The test message has not been sent yet, or it is still on its way. Send it from an address outside your company, then wait a minute.</source>
        <translation>Het testbericht is nog niet verstuurd, of het is nog onderweg. Stuur het vanaf een adres buiten je bedrijf en wacht een minuut.</translation>
    </message>
    <message>
        <source>The message went to an address or widget that HubSpot does not route into an inbox. Send it to an email address connected to a HubSpot inbox, or use the HubSpot chat widget on your site.</source>
        <translation>Het bericht ging naar een adres of widget dat HubSpot niet naar een inbox doorstuurt. Stuur het naar een e-mailadres dat aan een HubSpot-inbox is gekoppeld, of gebruik de HubSpot-chatwidget op je website.</translation>
    </message>
    <message>
        <source>Mail sent to OpenCX&apos;s own forwarding address (%1) never reaches HubSpot: it is not a HubSpot channel. Use your HubSpot inbox&apos;s address.</source>
        <translation>E-mail naar het eigen doorstuuradres van OpenCX (%1) komt nooit in HubSpot aan: het is geen HubSpot-kanaal. Gebruik het adres van je HubSpot-inbox.</translation>
    </message>
    <message>
        <source>HubSpot is not telling OpenCX about new messages. In your legacy app&apos;s Webhooks tab, check the target URL and the three subscriptions (two under Conversation, one under Ticket), then commit the changes.</source>
        <translation>HubSpot meldt nieuwe berichten niet aan OpenCX. Controleer op het tabblad Webhooks van je verouderde app de doel-URL en de drie abonnementen (twee onder Gesprek, één onder Ticket) en voer de wijzigingen door.</translation>
    </message>
    <message>
        <source>The conversation did not come from a HubSpot-owned channel (a HubSpot chat widget or an email address routed through a HubSpot inbox). Send the test message there.</source>
        <translation>Het gesprek kwam niet via een kanaal van HubSpot (een HubSpot-chatwidget of een e-mailadres dat via een HubSpot-inbox loopt). Stuur het testbericht daarheen.</translation>
    </message>
    <message>
        <source>The message came from a teammate, from the inbox&apos;s own address, or was an internal note: OpenCX ignores those. Send it from an outside address, as a customer would.</source>
        <translation>Het bericht kwam van een teamlid of van het eigen adres van de inbox, of het was een interne opmerking: die negeert OpenCX. Stuur het vanaf een adres van buiten, zoals een klant dat doet.</translation>
    </message>
    <message>
        <source>OpenCX takes each message from HubSpot once and does not ask again, so a lost message stays lost. Send another test message.</source>
        <translation>OpenCX haalt elk bericht één keer op uit HubSpot en vraagt er niet opnieuw om, dus een verloren bericht blijft verloren. Stuur nog een testbericht.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, so the AI drafts nothing. Turn it on in the Autopilot step.</source>
        <translation>Autopilot staat uit voor het kanaal %1, dus de AI schrijft niets. Zet Autopilot aan in de stap Autopilot.</translation>
    </message>
    <message>
        <source>No teammate is set for the AI to post as. Choose one in the “AI posts as” step.</source>
        <translation>Er is geen teamlid ingesteld als afzender van de AI. Kies er een in de stap “Afzender van de AI”.</translation>
    </message>
    <message>
        <source>No default user is set for replies. Set it in the “Save the private app token” step.</source>
        <translation>Er is geen standaardgebruiker voor antwoorden ingesteld. Stel die in bij de stap “Toegangstoken opslaan”.</translation>
    </message>
    <message>
        <source>The AI is still working on the reply, or could not answer. Open the session in OpenCX to see what it did.</source>
        <translation>De AI is nog bezig met het antwoord, of kon geen antwoord geven. Open de sessie in OpenCX om te zien wat er gebeurde.</translation>
    </message>
    <message>
        <source>OpenCX could not create the HubSpot ticket yet. Check that the connection still has its permissions for tickets (reconnect if HubSpot asks).</source>
        <translation>OpenCX kon het HubSpot-ticket nog niet aanmaken. Controleer of de koppeling nog machtigingen voor tickets heeft (koppel opnieuw als HubSpot erom vraagt).</translation>
    </message>
    <message>
        <source>No handoff was asked for yet. Reply to the conversation asking for a human, or press “Request handoff”.</source>
        <translation>Er is nog geen overdracht aangevraagd. Antwoord in het gesprek en vraag om een mens, of klik op “Overdracht aanvragen”.</translation>
    </message>
    <message>
        <source>OpenCX could not write the handoff note into the HubSpot thread. Check that the connection still has its permissions (reconnect if HubSpot asks).</source>
        <translation>OpenCX kon de interne opmerking over de overdracht niet in het HubSpot-gesprek zetten. Controleer of de koppeling nog al haar machtigingen heeft (koppel opnieuw als HubSpot erom vraagt).</translation>
    </message>
</context>
<context>
    <name>flow.checklist_causes</name>
    <message>
        <source>the sender</source>
        <translation>de afzender</translation>
    </message>
    <message>
        <source>The message came from %1, a teammate in your HubSpot portal.</source>
        <translation>Het bericht kwam van %1, een teamlid in je HubSpot-account.</translation>
    </message>
    <message>
        <source>The message came from the inbox&apos;s own address, %1.</source>
        <translation>Het bericht kwam van het eigen adres van de inbox, %1.</translation>
    </message>
    <message>
        <source>The message is an internal note, which customers never see.</source>
        <translation>Het bericht is een interne opmerking, die klanten nooit zien.</translation>
    </message>
    <message>
        <source>The message was sent from HubSpot to the customer, not by the customer.</source>
        <translation>Het bericht is vanuit HubSpot naar de klant gestuurd, niet door de klant.</translation>
    </message>
    <message>
        <source>OpenCX did not take the message from %1.</source>
        <translation>OpenCX heeft het bericht van %1 niet opgepakt.</translation>
    </message>
    <message>
        <source>OpenCX ignores messages from teammates and from the inbox&apos;s own address, internal notes and outgoing messages, so it made no session.</source>
        <translation>OpenCX negeert berichten van teamleden en van het eigen adres van de inbox, interne opmerkingen en uitgaande berichten, dus het heeft geen sessie gemaakt.</translation>
    </message>
    <message>
        <source>Send the test from an address outside your company (a personal email address, for example) or from the chat widget on your site, as a customer would.</source>
        <translation>Stuur de test vanaf een adres buiten je bedrijf (bijvoorbeeld een privé-e-mailadres) of via de chatwidget op je website, zoals een klant dat doet.</translation>
    </message>
    <message>
        <source>this channel</source>
        <translation>dit kanaal</translation>
    </message>
    <message>
        <source>the teammate the AI posts as</source>
        <translation>de afzender van de AI</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, so OpenCX stored the conversation but the AI did not reply. Turn Autopilot on for %1 (in the Autopilot step, or in OpenCX under Settings → Autopilot), then send another test message.</source>
        <translation>Autopilot staat uit voor %1, dus OpenCX heeft het gesprek bewaard, maar de AI heeft niet geantwoord. Zet Autopilot aan voor %1 (in de stap Autopilot, of in OpenCX onder “Settings → Autopilot”) en stuur daarna nog een testbericht.</translation>
    </message>
    <message>
        <source>Assist Mode is on for %1: the AI wrote its answer as a draft, an internal comment only your team sees, not as a reply to the customer. To let the AI answer customers itself, turn Assist Mode off for %1 in OpenCX&apos;s Autopilot settings, then send another test message.</source>
        <translation>Assist Mode staat aan voor %1: de AI heeft zijn antwoord als concept geschreven, een interne opmerking die alleen je team ziet, en niet als antwoord aan de klant. Wil je dat de AI klanten zelf antwoordt, zet Assist Mode dan uit voor %1 in de Autopilot-instellingen van OpenCX en stuur daarna nog een testbericht.</translation>
    </message>
    <message>
        <source>another teammate</source>
        <translation>een ander teamlid</translation>
    </message>
    <message>
        <source>The conversation was assigned to %1, not to %2: the AI stays silent on conversations someone else owns. In HubSpot, change the inbox&apos;s routing so new conversations go to %2 (or to nobody), or unassign this conversation, then send another test message.</source>
        <translation>Het gesprek is toegewezen aan %1, niet aan %2: de AI zwijgt bij gesprekken die van iemand anders zijn. Wijzig in HubSpot de routering van de inbox, zodat nieuwe gesprekken naar %2 gaan (of naar niemand), of hef de toewijzing van dit gesprek op. Stuur daarna nog een testbericht.</translation>
    </message>
    <message>
        <source>The message matched one of your Autopilot handoff topics, so OpenCX handed it to your team without an AI reply. That is what your settings ask for, not a fault. To see an AI reply too, start again and write about something else.</source>
        <translation>Het bericht paste bij een van je Autopilot-overdrachtsonderwerpen, dus OpenCX heeft het zonder AI-antwoord aan je team overgedragen. Zo hebben je instellingen het gevraagd; het is geen fout. Wil je ook een AI-antwoord zien, begin dan opnieuw en schrijf over iets anders.</translation>
    </message>
    <message>
        <source>The message matched the Autopilot handoff topic “%1”, so OpenCX handed it to your team without an AI reply. That is what your settings ask for, not a fault. To see an AI reply too, start again and write about something else.</source>
        <translation>Het bericht paste bij het Autopilot-overdrachtsonderwerp “%1”, dus OpenCX heeft het zonder AI-antwoord aan je team overgedragen. Zo hebben je instellingen het gevraagd; het is geen fout. Wil je ook een AI-antwoord zien, begin dan opnieuw en schrijf over iets anders.</translation>
    </message>
    <message>
        <source>OpenCX wrote a reply but HubSpot refused to post it in the conversation. Check that %1 still has a HubSpot seat with access to this inbox, then start the test again.</source>
        <translation>OpenCX heeft een antwoord geschreven, maar HubSpot weigerde het in het gesprek te plaatsen. Controleer of %1 nog een HubSpot-seat heeft met toegang tot deze inbox, en start de test opnieuw.</translation>
    </message>
    <message>
        <source>The conversation is in HubSpot, but OpenCX never received the message. HubSpot tells OpenCX about each message once and does not try again if that notice is lost, even though HubSpot&apos;s own log shows it as delivered. Waiting will not help: send another test message.</source>
        <translation>Het gesprek staat in HubSpot, maar OpenCX heeft het bericht nooit ontvangen. HubSpot meldt elk bericht één keer aan OpenCX en probeert het niet opnieuw als die melding verloren gaat, ook al staat ze in het eigen logboek van HubSpot als afgeleverd. Wachten helpt niet: stuur nog een testbericht.</translation>
    </message>
    <message>
        <source>HubSpot is not telling OpenCX about new messages. In your legacy app&apos;s Webhooks tab in HubSpot, check that the target URL is OpenCX&apos;s and that the three subscriptions are there (Conversation → New message, Conversation → Creation, Ticket → Property change), then click Commit changes.</source>
        <translation>HubSpot meldt nieuwe berichten niet aan OpenCX. Controleer op het tabblad Webhooks van je verouderde app in HubSpot of de doel-URL die van OpenCX is en of de drie abonnementen er staan (Gesprek → Nieuw bericht, Gesprek → Aanmaak, Ticket → Eigenschapswijziging), en klik dan op Wijzigingen doorvoeren.</translation>
    </message>
    <message>
        <source>Ticket creation is off for your OpenCX organization, so a handoff creates no HubSpot ticket. That is fine if you meant it; if your team works from tickets, turn ticket creation on for your organization in OpenCX.</source>
        <translation>Het aanmaken van tickets staat uit voor je OpenCX-organisatie, dus een overdracht maakt geen HubSpot-ticket aan. Dat is prima als je dat zo wilt. Werkt je team met tickets, zet het aanmaken van tickets dan aan voor je organisatie in OpenCX.</translation>
    </message>
    <message>
        <source>OpenCX handed the conversation over but could not create the HubSpot ticket: the contact has no email address, and HubSpot links a ticket to its contact by email. Have your chat widget ask for an email address before the chat starts, or test by email.</source>
        <translation>OpenCX heeft het gesprek overgedragen, maar kon het HubSpot-ticket niet aanmaken: de contactpersoon heeft geen e-mailadres, en HubSpot koppelt een ticket via het e-mailadres aan de contactpersoon. Laat je chatwidget om een e-mailadres vragen voordat de chat begint, of test via e-mail.</translation>
    </message>
    <message>
        <source>Not checked, because an earlier step did not happen.</source>
        <translation>Niet gecontroleerd, omdat een eerdere stap niet is gebeurd.</translation>
    </message>
    <message>
        <source>This did not happen before the assistant stopped waiting.</source>
        <translation>Dit is niet gebeurd voordat de assistent stopte met wachten.</translation>
    </message>
    <message>
        <source>OpenCX did not say why. Open the session in OpenCX to see what happened.</source>
        <translation>OpenCX heeft niet gezegd waarom. Open de sessie in OpenCX om te zien wat er gebeurde.</translation>
    </message>
</context>
<context>
    <name>flow.checklist_view</name>
    <message>
        <source>done</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <source>did not happen</source>
        <translation>niet gebeurd</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wachten</translation>
    </message>
    <message>
        <source>taking longer than expected</source>
        <translation>duurt langer dan verwacht</translation>
    </message>
    <message>
        <source>did not happen, as set up</source>
        <translation>niet gebeurd, zoals ingesteld</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>vastgelopen</translation>
    </message>
    <message>
        <source>late</source>
        <translation>vertraagd</translation>
    </message>
    <message>
        <source>as set up</source>
        <translation>zoals ingesteld</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sessie openen</translation>
    </message>
    <message>
        <source>Open in HubSpot</source>
        <translation>Openen in HubSpot</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ticket openen</translation>
    </message>
    <message>
        <source>This is taking longer than expected. Likely causes:</source>
        <translation>Dit duurt langer dan verwacht. Mogelijke oorzaken:</translation>
    </message>
    <message>
        <source>You skipped the test. You can run it any time from the HubSpot connection page of this assistant.</source>
        <translation>Je hebt de test overgeslagen. Je kunt hem op elk moment doen via de pagina HubSpot-koppeling van deze assistent.</translation>
    </message>
    <message>
        <source>Starting the test…</source>
        <translation>De test wordt gestart…</translation>
    </message>
    <message>
        <source>Press Start the test, then send your message to one of the places above.</source>
        <translation>Klik op Test starten en stuur je bericht daarna naar een van de plekken hierboven.</translation>
    </message>
    <message>
        <source>The test was stopped before it finished. Start it again.</source>
        <translation>De test is gestopt voordat hij klaar was. Start hem opnieuw.</translation>
    </message>
    <message>
        <source>The AI replied. Press Request handoff to check that a person can take over.</source>
        <translation>De AI heeft geantwoord. Klik op Overdracht aanvragen om te controleren of een mens het kan overnemen.</translation>
    </message>
    <message>
        <source>The message arrived. Waiting for OpenCX and the AI…</source>
        <translation>Het bericht is aangekomen. Wachten op OpenCX en de AI…</translation>
    </message>
    <message>
        <source>Waiting for the message. Send it now, or press Send a test message as a customer to let the practice customer send it.</source>
        <translation>Wachten op het bericht. Stuur het nu, of laat de oefenklant het sturen met “Als klant een testbericht sturen”.</translation>
    </message>
    <message>
        <source>Waiting for the message. Send it now to one of the places above.</source>
        <translation>Wachten op het bericht. Stuur het nu naar een van de plekken hierboven.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>flow.consent_refusals</name>
    <message>
        <source>Did HubSpot show one of these messages?</source>
        <translation>Heeft HubSpot een van deze meldingen getoond?</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Insufficient scopes were provided</source>
        <translation>Insufficient scopes were provided</translation>
    </message>
    <message>
        <source>Your HubSpot user may not use everything OpenCX asks for.</source>
        <translation>Je HubSpot-gebruiker mag niet alles gebruiken waar OpenCX om vraagt.</translation>
    </message>
    <message>
        <source>Ask a HubSpot super admin to connect OpenCX, or to give you access to tickets and conversations.</source>
        <translation>Vraag een HubSpot-superbeheerder om OpenCX te koppelen, of om je toegang te geven tot tickets en gesprekken.</translation>
    </message>
    <message>
        <source>This account doesn&apos;t have access to some HubSpot features that are required by this app</source>
        <translation>This account doesn&apos;t have access to some HubSpot features that are required by this app</translation>
    </message>
    <message>
        <source>This HubSpot account has no Service Hub Starter or above.</source>
        <translation>Dit HubSpot-account heeft geen Service Hub Starter of hoger.</translation>
    </message>
    <message>
        <source>Choose the account that has it, or add Service Hub in HubSpot (Account &amp; Billing).</source>
        <translation>Kies het account dat het wel heeft, of voeg Service Hub toe in HubSpot (Account en facturering).</translation>
    </message>
    <message>
        <source>A message that you may not install apps</source>
        <translation>Een melding dat je geen apps mag installeren</translation>
    </message>
    <message>
        <source>Only HubSpot super admins, and users with App Marketplace Access, may install apps.</source>
        <translation>Alleen HubSpot-superbeheerders en gebruikers met Toegang tot App Marketplace mogen apps installeren.</translation>
    </message>
    <message>
        <source>Ask a super admin to connect OpenCX, or to give you that permission (Settings → Users &amp; Teams).</source>
        <translation>Vraag een superbeheerder om OpenCX te koppelen, of om je die machtiging te geven (Instellingen → Gebruikers en teams).</translation>
    </message>
</context>
<context>
    <name>flow.controller</name>
    <message>
        <source>Also remove the webhook subscriptions from your HubSpot legacy app: Settings → Integrations → Private Apps → Legacy Apps → your app → Webhooks.</source>
        <translation>Verwijder ook de webhookabonnementen (de meldingen aan OpenCX) uit je verouderde HubSpot-app: Instellingen → Integraties → Privé-apps → Verouderde apps → je app → Webhooks.</translation>
    </message>
    <message>
        <source>Not a private app token.</source>
        <translation>Dit is geen toegangstoken van een privé-app.</translation>
    </message>
    <message>
        <source>Not a HubSpot user ID.</source>
        <translation>Dit is geen HubSpot-gebruikers-ID.</translation>
    </message>
    <message>
        <source>%1 is not a HubSpot user (a queue or a deactivated owner). Pick a person.</source>
        <translation>%1 is geen HubSpot-gebruiker (maar een wachtrij of een gedeactiveerde eigenaar). Kies een persoon.</translation>
    </message>
    <message>
        <source>Pick the default user first.</source>
        <translation>Kies eerst de standaardgebruiker.</translation>
    </message>
    <message>
        <source>The private app token is no longer in this computer&apos;s keychain. Paste it again.</source>
        <translation>Het toegangstoken van de privé-app staat niet meer in de wachtwoordkluis van deze computer. Plak het opnieuw.</translation>
    </message>
    <message>
        <source>Start the test first.</source>
        <translation>Start eerst de test.</translation>
    </message>
    <message>
        <source>Type %1 in capitals to confirm.</source>
        <translation>Typ %1 in hoofdletters om te bevestigen.</translation>
    </message>
    <message>
        <source>HubSpot is disconnected. Existing OpenCX sessions remain available.</source>
        <translation>HubSpot is ontkoppeld. Bestaande OpenCX-sessies blijven beschikbaar.</translation>
    </message>
</context>
<context>
    <name>flow.disconnect_effects</name>
    <message>
        <source>Disconnect HubSpot from OpenCX?</source>
        <translation>HubSpot ontkoppelen van OpenCX?</translation>
    </message>
    <message>
        <source>HubSpot is disconnected</source>
        <translation>HubSpot is ontkoppeld</translation>
    </message>
    <message>
        <source>Afterwards, in HubSpot</source>
        <translation>Daarna, in HubSpot</translation>
    </message>
    <message>
        <source>One more step in HubSpot</source>
        <translation>Nog één stap in HubSpot</translation>
    </message>
    <message>
        <source>OpenCX stops reading and answering the conversations of %1: customers who write there get no AI reply.</source>
        <translation>OpenCX stopt met het lezen en beantwoorden van de gesprekken van %1: klanten die daar schrijven, krijgen geen AI-antwoord.</translation>
    </message>
    <message>
        <source>Existing OpenCX sessions stay available in OpenCX.</source>
        <translation>Bestaande OpenCX-sessies blijven beschikbaar in OpenCX.</translation>
    </message>
    <message>
        <source>Nothing is deleted in HubSpot: its conversations, tickets and contacts stay as they are.</source>
        <translation>Er wordt niets verwijderd in HubSpot: gesprekken, tickets en contactpersonen blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>This computer forgets the legacy app&apos;s token.</source>
        <translation>Deze computer vergeet het token van de verouderde app.</translation>
    </message>
    <message>
        <source>You can connect again later with this assistant.</source>
        <translation>Je kunt later opnieuw koppelen met deze assistent.</translation>
    </message>
    <message>
        <source>OpenCX no longer reads or answers the conversations of %1.</source>
        <translation>OpenCX leest en beantwoordt de gesprekken van %1 niet meer.</translation>
    </message>
    <message>
        <source>Existing OpenCX sessions remain available.</source>
        <translation>Bestaande OpenCX-sessies blijven beschikbaar.</translation>
    </message>
    <message>
        <source>The legacy app&apos;s token was removed from this computer.</source>
        <translation>Het token van de verouderde app is van deze computer verwijderd.</translation>
    </message>
</context>
<context>
    <name>flow.domains</name>
    <message>
        <source>Enter a domain pattern.</source>
        <translation>Vul een domeinpatroon in.</translation>
    </message>
    <message>
        <source>Leave out http:// or https://.</source>
        <translation>Laat http:// of https:// weg.</translation>
    </message>
    <message>
        <source>Enter only the part after the @, for example open.cx for anna@open.cx.</source>
        <translation>Vul alleen het deel na de @ in, bijvoorbeeld open.cx voor anna@open.cx.</translation>
    </message>
    <message>
        <source>Leave out any path after the domain.</source>
        <translation>Laat alles na het domein weg (zoals een pad).</translation>
    </message>
    <message>
        <source>Leave out the port number.</source>
        <translation>Laat het poortnummer weg.</translation>
    </message>
    <message>
        <source>A domain pattern has no spaces.</source>
        <translation>Een domeinpatroon bevat geen spaties.</translation>
    </message>
    <message>
        <source>A lone * would match every address. Name an ending, like *.nl.</source>
        <translation>Een losse * past bij elk adres. Geef aan waarop het adres eindigt, zoals *.nl.</translation>
    </message>
    <message>
        <source>The * can only stand at the very start, followed by a dot, like *.co.uk.</source>
        <translation>Het sterretje (*) mag alleen helemaal vooraan staan, gevolgd door een punt, zoals in *.co.uk.</translation>
    </message>
    <message>
        <source>Did you mean *%1?</source>
        <translation>Bedoel je *%1?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>“%1” is geen geldig domein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only an ending. Write *.%1 for every address ending in .%1, or a full domain like example.%1.</source>
        <translation>“%1” is alleen een einde. Schrijf *.%1 voor elk adres dat eindigt op .%1, of een volledig domein zoals example.%1.</translation>
    </message>
    <message>
        <source>Use a domain like open.cx, or *.nl for every address ending in .nl.</source>
        <translation>Gebruik een domein zoals open.cx, of *.nl voor elk adres dat eindigt op .nl.</translation>
    </message>
</context>
<context>
    <name>flow.guide</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Aanmaak</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Property change</source>
        <translation>Eigenschapswijziging</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraties</translation>
    </message>
    <message>
        <source>Private Apps</source>
        <translation>Privé-apps</translation>
    </message>
    <message>
        <source>Legacy Apps</source>
        <translation>Verouderde apps</translation>
    </message>
    <message>
        <source>Open your legacy app in HubSpot</source>
        <translation>Open je verouderde app in HubSpot</translation>
    </message>
    <message>
        <source>Check the app has these eight scopes</source>
        <translation>Controleer of de app deze acht machtigingen (scopes) heeft</translation>
    </message>
    <message>
        <source>Check the app sends its webhooks to this URL</source>
        <translation>Controleer of de app zijn meldingen (webhooks) naar deze URL stuurt</translation>
    </message>
    <message>
        <source>Check the app has these three subscriptions</source>
        <translation>Controleer of de app deze drie abonnementen heeft</translation>
    </message>
    <message>
        <source>Click Commit changes in HubSpot if you changed anything</source>
        <translation>Klik in HubSpot op Wijzigingen doorvoeren als je iets hebt gewijzigd</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>gesprekken</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactpersonen</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>bedrijven</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>deals</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>eigenaren</translation>
    </message>
    <message>
        <source>files</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>lijsten</translation>
    </message>
    <message>
        <source>HubSpot workflow actions</source>
        <translation>HubSpot-workflowacties</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Approve OpenCX on HubSpot&apos;s consent screen</source>
        <translation>OpenCX goedkeuren op het toestemmingsscherm van HubSpot</translation>
    </message>
    <message>
        <source>Use the legacy private app your portal already has and paste its token</source>
        <translation>De verouderde privé-app gebruiken die je account al heeft, en het token ervan plakken</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Toegangstokens</translation>
    </message>
    <message>
        <source>Issued and refreshed automatically</source>
        <translation>Automatisch uitgegeven en vernieuwd</translation>
    </message>
    <message>
        <source>One token you copy from the app; rotate it by hand</source>
        <translation>Eén token dat je uit de app kopieert en zelf vervangt</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Meldingen (webhooks)</translation>
    </message>
    <message>
        <source>Registered by OpenCX during install</source>
        <translation>Tijdens de installatie door OpenCX ingesteld</translation>
    </message>
    <message>
        <source>You check the webhook URL and three subscriptions on the app yourself</source>
        <translation>Je controleert zelf de webhook-URL en de drie abonnementen in de app</translation>
    </message>
    <message>
        <source>AI sender</source>
        <translation>AI-afzender</translation>
    </message>
    <message>
        <source>Picked from a HubSpot teammate dropdown after connect</source>
        <translation>Na het koppelen gekozen uit een lijst met HubSpot-teamleden</translation>
    </message>
    <message>
        <source>A default HubSpot user, picked from your teammates</source>
        <translation>Een standaardgebruiker in HubSpot, gekozen uit je teamleden</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Workflowacties</translation>
    </message>
    <message>
        <source>Adds OpenCX actions to HubSpot workflows</source>
        <translation>Voegt OpenCX-acties toe aan HubSpot-workflows</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Niet beschikbaar</translation>
    </message>
    <message>
        <source>Since 26 October 2026 HubSpot no longer lets anyone create a legacy app; apps that already exist keep working. HubSpot&apos;s newer Service Keys cannot stand in for one, because they cannot send OpenCX your new conversations. No legacy app in your portal? Choose Connect with HubSpot.</source>
        <translation>Sinds 26 oktober 2026 kan niemand meer een verouderde app maken in HubSpot; bestaande apps blijven werken. De nieuwere Service Keys van HubSpot kunnen zo&apos;n app niet vervangen, omdat ze je nieuwe gesprekken niet naar OpenCX kunnen sturen. Geen verouderde app in je account? Kies “Koppelen met HubSpot”.</translation>
    </message>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Koppelen met HubSpot</translation>
    </message>
    <message>
        <source>Recommended · about two minutes</source>
        <translation>Aanbevolen · ongeveer twee minuten</translation>
    </message>
    <message>
        <source>Approve OpenCX in HubSpot in your browser. OpenCX sets up the rest and keeps the connection working, and adds its actions to HubSpot workflows.</source>
        <translation>Keur OpenCX goed in HubSpot, in je browser. OpenCX stelt de rest in, houdt de koppeling werkend en voegt zijn acties toe aan HubSpot-workflows.</translation>
    </message>
    <message>
        <source>Use an existing legacy app</source>
        <translation>Een bestaande verouderde app gebruiken</translation>
    </message>
    <message>
        <source>Older setups</source>
        <translation>Oudere installaties</translation>
    </message>
    <message>
        <source>Only for a HubSpot portal that already has a legacy app for OpenCX: HubSpot no longer lets anyone create new ones.</source>
        <translation>Alleen voor een HubSpot-account dat al een verouderde app voor OpenCX heeft: in HubSpot kan niemand meer nieuwe maken.</translation>
    </message>
    <message>
        <source>A HubSpot workflow claims the conversation for a human.</source>
        <translation>Een HubSpot-workflow reserveert het gesprek voor een mens.</translation>
    </message>
    <message>
        <source>A workflow returns a handed-off conversation to the AI.</source>
        <translation>Een workflow geeft een overgedragen gesprek terug aan de AI.</translation>
    </message>
    <message>
        <source>A workflow decides the latest customer message should be processed by the AI.</source>
        <translation>Een workflow bepaalt dat de AI het laatste bericht van de klant moet verwerken.</translation>
    </message>
    <message>
        <source>HubSpot should ask OpenCX to hand the session to a human.</source>
        <translation>HubSpot moet OpenCX vragen de sessie aan een mens over te dragen.</translation>
    </message>
    <message>
        <source>The conversation appears in HubSpot</source>
        <translation>Het gesprek verschijnt in HubSpot</translation>
    </message>
    <message>
        <source>A matching session appears in the OpenCX inbox</source>
        <translation>Een bijbehorende sessie verschijnt in de OpenCX-inbox</translation>
    </message>
    <message>
        <source>The AI reply posts back to the same HubSpot thread</source>
        <translation>Het AI-antwoord verschijnt in hetzelfde HubSpot-gesprek</translation>
    </message>
    <message>
        <source>A handoff is triggered</source>
        <translation>Er wordt een overdracht gestart</translation>
    </message>
    <message>
        <source>The handoff note appears in HubSpot with a link to the OpenCX session</source>
        <translation>De interne opmerking over de overdracht verschijnt in HubSpot, met een link naar de OpenCX-sessie</translation>
    </message>
    <message>
        <source>A HubSpot ticket tagged opencx_handedoff is created for your team</source>
        <translation>Er wordt een HubSpot-ticket met het label opencx_handedoff aangemaakt voor je team</translation>
    </message>
    <message>
        <source>The test runs on email or web chat. WhatsApp, SMS and phone conversations never appear in HubSpot: HubSpot only gets a ticket when OpenCX hands one to your team.</source>
        <translation>De test werkt via e-mail of webchat. Gesprekken via WhatsApp, sms en telefoon verschijnen nooit in HubSpot: HubSpot krijgt alleen een ticket wanneer OpenCX er een aan je team overdraagt.</translation>
    </message>
</context>
<context>
    <name>flow.message_destination</name>
    <message>
        <source>Use the email address connected to your HubSpot inbox: in HubSpot, open Settings → Inboxes, choose the inbox, and look under Channels.</source>
        <translation>Gebruik het e-mailadres dat aan je HubSpot-inbox is gekoppeld: open in HubSpot Instellingen → Inboxen, kies de inbox en kijk onder Kanalen.</translation>
    </message>
    <message>
        <source>Open a page of your website that shows the HubSpot chat widget: in HubSpot, open Settings → Inboxes, choose the inbox, and look under Channels for the chat.</source>
        <translation>Open een pagina van je website waarop de HubSpot-chatwidget staat: open in HubSpot Instellingen → Inboxen, kies de inbox en zoek onder Kanalen naar de chat.</translation>
    </message>
</context>
<context>
    <name>flow.navigation</name>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: open your legacy app in HubSpot.</source>
        <translation>Vink elk punt aan zodra het in HubSpot klopt. Volgende: open je verouderde app in HubSpot.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app has these eight scopes.</source>
        <translation>Vink elk punt aan zodra het in HubSpot klopt. Volgende: controleer of de app deze acht machtigingen (scopes) heeft.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app sends its webhooks to this URL.</source>
        <translation>Vink elk punt aan zodra het in HubSpot klopt. Volgende: controleer of de app zijn meldingen (webhooks) naar deze URL stuurt.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app has these three subscriptions.</source>
        <translation>Vink elk punt aan zodra het in HubSpot klopt. Volgende: controleer of de app deze drie abonnementen heeft.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: click Commit changes in HubSpot if you changed anything.</source>
        <translation>Vink elk punt aan zodra het in HubSpot klopt. Volgende: klik in HubSpot op Wijzigingen doorvoeren als je iets hebt gewijzigd.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1. OpenCX will store %1 conversations but will not reply to them, so your test message will get no AI reply. Turn it on before you test.</source>
        <translation>Autopilot staat uit voor het kanaal %1. OpenCX bewaart dan de gesprekken via %1, maar beantwoordt ze niet, dus je testbericht krijgt geen AI-antwoord. Zet Autopilot aan voordat je test.</translation>
    </message>
    <message>
        <source>Not met: %1.</source>
        <translation>Niet voldaan: %1.</translation>
    </message>
    <message>
        <source>Not met: %1. %2</source>
        <translation>Niet voldaan: %1. %2</translation>
    </message>
    <message>
        <source>Confirm each item first: %1.</source>
        <translation>Bevestig eerst elk punt: %1.</translation>
    </message>
    <message>
        <source>Sign in to OpenCX to continue.</source>
        <translation>Log in bij OpenCX om door te gaan.</translation>
    </message>
    <message>
        <source>You are signed in as %1, a member of %2. Only owners and admins can connect HubSpot. Ask an owner to make you an admin, or to run this setup.</source>
        <translation>Je bent ingelogd als %1, lid van %2. Alleen eigenaren en beheerders kunnen HubSpot koppelen. Vraag een eigenaar om je beheerder te maken, of om deze installatie zelf uit te voeren.</translation>
    </message>
    <message>
        <source>Connect with HubSpot and approve OpenCX to continue.</source>
        <translation>Koppel met HubSpot en keur OpenCX goed om door te gaan.</translation>
    </message>
    <message>
        <source>Pick the teammate the AI posts as.</source>
        <translation>Kies de afzender van de AI.</translation>
    </message>
    <message>
        <source>Finish the test message checklist, or choose to skip it for now.</source>
        <translation>Rond de checklist van het testbericht af, of sla hem voorlopig over.</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>Dit is de laatste stap.</translation>
    </message>
    <message>
        <source>Paste the private app access token.</source>
        <translation>Plak het toegangstoken van de privé-app.</translation>
    </message>
    <message>
        <source>The token has not been checked with HubSpot yet.</source>
        <translation>Het token is nog niet gecontroleerd bij HubSpot.</translation>
    </message>
    <message>
        <source>The private app is missing these scopes: %1. Add them in HubSpot, then check the token again.</source>
        <translation>De privé-app mist deze machtigingen (scopes): %1. Voeg ze toe in HubSpot en controleer het token daarna opnieuw.</translation>
    </message>
    <message>
        <source>Pick the default user (the teammate OpenCX acts as).</source>
        <translation>Kies de standaardgebruiker (het teamlid namens wie OpenCX optreedt).</translation>
    </message>
    <message>
        <source>Save the credentials in OpenCX to continue.</source>
        <translation>Sla het token en de standaardgebruiker op in OpenCX om door te gaan.</translation>
    </message>
    <message>
        <source>The %1 step is not on this path.</source>
        <translation>De stap %1 hoort niet bij deze route.</translation>
    </message>
    <message>
        <source>That page cannot be opened from here.</source>
        <translation>Die pagina kan hier niet worden geopend.</translation>
    </message>
    <message>
        <source>That setting exists only with “Connect with HubSpot”.</source>
        <translation>Die instelling bestaat alleen bij “Koppelen met HubSpot”.</translation>
    </message>
</context>
<context>
    <name>flow.newer_version</name>
    <message>
        <source>Version %1 is available</source>
        <translation>Versie %1 is beschikbaar</translation>
    </message>
    <message>
        <source>Opens the page about version %1 in your browser. Nothing is downloaded or installed unless you choose to there.</source>
        <translation>Opent de pagina over versie %1 in je browser. Er wordt niets gedownload of geïnstalleerd, tenzij je daar zelf voor kiest.</translation>
    </message>
</context>
<context>
    <name>flow.portal_report</name>
    <message>
        <source>OpenCX cannot read the portal&apos;s details</source>
        <translation>OpenCX kan de gegevens van het account niet lezen</translation>
    </message>
    <message>
        <source>OpenCX does not see new conversations, so the AI never answers</source>
        <translation>OpenCX ziet geen nieuwe gesprekken, dus de AI antwoordt nooit</translation>
    </message>
    <message>
        <source>the AI cannot post replies or handoff notes in HubSpot</source>
        <translation>de AI kan geen antwoorden of interne opmerkingen over overdrachten plaatsen in HubSpot</translation>
    </message>
    <message>
        <source>handoffs create no HubSpot ticket</source>
        <translation>overdrachten maken geen HubSpot-ticket aan</translation>
    </message>
    <message>
        <source>OpenCX cannot find the customer&apos;s contact</source>
        <translation>OpenCX kan de contactpersoon van de klant niet vinden</translation>
    </message>
    <message>
        <source>OpenCX cannot create a contact for a new customer</source>
        <translation>OpenCX kan geen contactpersoon aanmaken voor een nieuwe klant</translation>
    </message>
    <message>
        <source>the AI does not see the customer&apos;s company</source>
        <translation>de AI ziet het bedrijf van de klant niet</translation>
    </message>
    <message>
        <source>the AI does not see the customer&apos;s deals</source>
        <translation>de AI ziet de deals van de klant niet</translation>
    </message>
    <message>
        <source>your teammates cannot be listed to pick who the AI posts as</source>
        <translation>je teamleden kunnen niet worden opgehaald om de afzender van de AI te kiezen</translation>
    </message>
    <message>
        <source>attachments cannot be passed between HubSpot and OpenCX</source>
        <translation>bijlagen kunnen niet tussen HubSpot en OpenCX worden doorgegeven</translation>
    </message>
    <message>
        <source>HubSpot lists cannot be used</source>
        <translation>HubSpot-lijsten kunnen niet worden gebruikt</translation>
    </message>
    <message>
        <source>the four OpenCX workflow actions are not added to HubSpot workflows</source>
        <translation>de vier OpenCX-workflowacties worden niet aan HubSpot-workflows toegevoegd</translation>
    </message>
    <message>
        <source>workflow actions</source>
        <translation>workflowacties</translation>
    </message>
    <message>
        <source>a standard HubSpot account</source>
        <translation>een standaard-HubSpot-account</translation>
    </message>
    <message>
        <source>a HubSpot sandbox account</source>
        <translation>een HubSpot-sandboxaccount</translation>
    </message>
    <message>
        <source>a developer test account</source>
        <translation>een testaccount voor ontwikkelaars</translation>
    </message>
    <message>
        <source>an app developer account</source>
        <translation>een app-ontwikkelaarsaccount</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Noord-Amerika</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Asia Pacific</source>
        <translation>Azië-Pacific</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactief)</translation>
    </message>
    <message>
        <source>no channel connected</source>
        <translation>geen kanaal gekoppeld</translation>
    </message>
    <message>
        <source>%1 (help desk): %2</source>
        <translation>%1 (Help Desk): %2</translation>
    </message>
    <message>
        <source>%1 (inbox): %2</source>
        <translation>%1 (inbox): %2</translation>
    </message>
    <message>
        <source>Inboxes and permissions: not read yet.</source>
        <translation>Inboxen en machtigingen: nog niet gelezen.</translation>
    </message>
    <message>
        <source>Service Hub subscription: not checked, because HubSpot does not tell apps. OpenCX needs Service Hub Starter or above: you can see yours in HubSpot under Account &amp; Billing.</source>
        <translation>Service Hub-abonnement: niet gecontroleerd, omdat HubSpot dat niet aan apps vertelt. OpenCX heeft Service Hub Starter of hoger nodig: je ziet je abonnement in HubSpot onder Account en facturering.</translation>
    </message>
    <message>
        <source>Portal type: not reported by HubSpot.</source>
        <translation>Soort account: niet gemeld door HubSpot.</translation>
    </message>
    <message>
        <source>Portal type: %1.</source>
        <translation>Soort account: %1.</translation>
    </message>
    <message>
        <source>Portal type: %1, meant for trying things out, not for real customers.</source>
        <translation>Soort account: %1, bedoeld om dingen uit te proberen, niet voor echte klanten.</translation>
    </message>
    <message>
        <source>Fine for a trial. For your customers, disconnect and connect your standard portal.</source>
        <translation>Prima om te proberen. Voor echte klanten: ontkoppel dit account en koppel je standaardaccount.</translation>
    </message>
    <message>
        <source>Data hosting region: not reported by HubSpot.</source>
        <translation>Regio voor gegevensopslag: niet gemeld door HubSpot.</translation>
    </message>
    <message>
        <source>Data hosted in: %1.</source>
        <translation>Regio voor gegevensopslag: %1.</translation>
    </message>
    <message>
        <source>Inboxes: could not be read, so the inboxes and channels were not checked.</source>
        <translation>Inboxen: konden niet worden gelezen, dus de inboxen en kanalen zijn niet gecontroleerd.</translation>
    </message>
    <message>
        <source>Check again in a moment. If it keeps failing, check the conversations permission below.</source>
        <translation>Probeer het zo nog eens. Blijft het mislukken, controleer dan hieronder de machtiging voor gesprekken.</translation>
    </message>
    <message>
        <source>Inboxes: none found. OpenCX only sees conversations that arrive in a HubSpot inbox.</source>
        <translation>Inboxen: geen gevonden. OpenCX ziet alleen gesprekken die in een HubSpot-inbox binnenkomen.</translation>
    </message>
    <message>
        <source>In HubSpot, create an inbox (Settings → Inboxes &amp; Help Desks) and connect an email address or the chat widget to it.</source>
        <translation>Maak in HubSpot een inbox aan (Instellingen → Inboxen en Help Desks) en koppel er een e-mailadres of de chatwidget aan.</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>Inbox: %1</translation>
    </message>
    <message>
        <source>No email address or chat is connected to an inbox, so a test message has nowhere to arrive.</source>
        <translation>Er is geen e-mailadres of chat aan een inbox gekoppeld, dus een testbericht kan nergens aankomen.</translation>
    </message>
    <message>
        <source>In HubSpot, connect an email address or the chat widget to an inbox (Settings → Inboxes &amp; Help Desks).</source>
        <translation>Koppel in HubSpot een e-mailadres of de chatwidget aan een inbox (Instellingen → Inboxen en Help Desks).</translation>
    </message>
    <message>
        <source>A help desk is in use in this portal.</source>
        <translation>In dit account wordt een Help Desk gebruikt.</translation>
    </message>
    <message>
        <source>No help desk: conversations arrive in an ordinary inbox, which OpenCX also answers.</source>
        <translation>Geen Help Desk: gesprekken komen binnen in een gewone inbox, die OpenCX ook beantwoordt.</translation>
    </message>
    <message>
        <source>Permissions: HubSpot did not report which permissions were granted.</source>
        <translation>Machtigingen: HubSpot heeft niet gemeld welke machtigingen zijn verleend.</translation>
    </message>
    <message>
        <source>Permission %1 is missing: %2.</source>
        <translation>Machtiging %1 ontbreekt: %2.</translation>
    </message>
    <message>
        <source>OpenCX needs it</source>
        <translation>OpenCX heeft die nodig</translation>
    </message>
    <message numerus="yes">
        <source>Permissions: all %n that OpenCX requires were granted.</source>
        <translation>
            <numerusform>Machtigingen: de %n machtiging die OpenCX nodig heeft, is verleend.</numerusform>
            <numerusform>Machtigingen: alle %n die OpenCX nodig heeft, zijn verleend.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: granted.</source>
        <translation>%1: verleend.</translation>
    </message>
    <message>
        <source>an optional feature is off</source>
        <translation>een optionele functie staat uit</translation>
    </message>
    <message>
        <source>%1: not granted, so %2. HubSpot leaves it out when the portal&apos;s subscription does not include it.</source>
        <translation>%1: niet verleend, dus %2. HubSpot laat die machtiging weg als het abonnement van het account de functie niet bevat.</translation>
    </message>
    <message>
        <source>Everything else works. If your subscription includes workflows, disconnect and connect again.</source>
        <translation>Al het andere werkt. Zitten workflows in je abonnement, ontkoppel dan en koppel opnieuw.</translation>
    </message>
    <message>
        <source>Workflow actions: not available with a legacy private app (only with “Connect with HubSpot”).</source>
        <translation>Workflowacties: niet beschikbaar met een verouderde privé-app (alleen met “Koppelen met HubSpot”).</translation>
    </message>
    <message>
        <source>Optional permission %1 (%2)</source>
        <translation>Optionele machtiging %1 (%2)</translation>
    </message>
    <message>
        <source>Optional permission %1</source>
        <translation>Optionele machtiging %1</translation>
    </message>
    <message>
        <source>Add it on the legacy app&apos;s Scopes tab in HubSpot, click Commit changes, then check the token again.</source>
        <translation>Voeg die toe op het tabblad Scopes van de verouderde app in HubSpot, klik op Wijzigingen doorvoeren en controleer het token daarna opnieuw.</translation>
    </message>
    <message>
        <source>Disconnect, then connect with HubSpot again and approve every permission.</source>
        <translation>Ontkoppel, koppel daarna opnieuw met HubSpot en keur elke machtiging goed.</translation>
    </message>
</context>
<context>
    <name>flow.problems</name>
    <message>
        <source>Check this field</source>
        <translation>Controleer dit veld</translation>
    </message>
    <message>
        <source>Correct the field and try again.</source>
        <translation>Corrigeer het veld en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, export diagnostics from the Summary page for OpenCX support.</source>
        <translation>Probeer het opnieuw. Gebeurt het weer, exporteer dan op de pagina Overzicht een diagnosebestand voor OpenCX-support.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, send %1 to OpenCX support.</source>
        <translation>Probeer het opnieuw. Gebeurt het weer, maak dan een diagnosebestand met %1 en stuur dat naar OpenCX-support.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>The assistant ran into an unexpected problem and stopped this action.</source>
        <translation>De assistent liep tegen een onverwacht probleem aan en heeft deze actie gestopt.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>The command was interrupted before it finished.</source>
        <translation>De opdracht is onderbroken voordat die klaar was.</translation>
    </message>
    <message>
        <source>Run it again; steps already done are not repeated.</source>
        <translation>Voer de opdracht opnieuw uit; stappen die al klaar zijn, worden niet herhaald.</translation>
    </message>
    <message>
        <source>Not signed in to OpenCX</source>
        <translation>Niet ingelogd bij OpenCX</translation>
    </message>
    <message>
        <source>This computer has no saved OpenCX session, and no API key was given.</source>
        <translation>Op deze computer is geen OpenCX-aanmelding bewaard en er is geen API-sleutel opgegeven.</translation>
    </message>
    <message>
        <source>Set %1 to an owner&apos;s or admin&apos;s OpenCX API key (or use %2), or sign in once with the assistant.</source>
        <translation>Zet de OpenCX-API-sleutel van een eigenaar of beheerder in %1 (of gebruik %2), of log één keer in met de assistent.</translation>
    </message>
    <message>
        <source>Only OpenCX owners and admins can connect HubSpot</source>
        <translation>Alleen eigenaren en beheerders in OpenCX kunnen HubSpot koppelen</translation>
    </message>
    <message>
        <source>Run the setup with an owner&apos;s or admin&apos;s API key or browser sign-in.</source>
        <translation>Voer de installatie uit met de API-sleutel of browseraanmelding van een eigenaar of beheerder.</translation>
    </message>
    <message>
        <source>HubSpot is not connected</source>
        <translation>HubSpot is niet gekoppeld</translation>
    </message>
    <message>
        <source>There is no connection to export for this OpenCX organization.</source>
        <translation>Er is geen koppeling om te exporteren voor deze OpenCX-organisatie.</translation>
    </message>
    <message>
        <source>Connect HubSpot first (with the assistant or %1).</source>
        <translation>Koppel eerst HubSpot (met de assistent of met %1).</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... en nog %n</numerusform>
            <numerusform>... en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers file cannot be used</source>
        <translation>Het antwoordbestand is niet bruikbaar</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>Correct the file (%1 describes every setting) and run again. Nothing was changed: the whole file is checked before anything is saved.</source>
        <translation>Corrigeer het bestand (%1 beschrijft elke instelling) en voer de opdracht opnieuw uit. Er is niets gewijzigd: het hele bestand wordt gecontroleerd voordat er iets wordt opgeslagen.</translation>
    </message>
    <message>
        <source>An answer was refused</source>
        <translation>Een antwoord is geweigerd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Correct the answers file and run again; nothing else was changed by this step.</source>
        <translation>Corrigeer het antwoordbestand en voer de opdracht opnieuw uit; deze stap heeft verder niets gewijzigd.</translation>
    </message>
    <message>
        <source>The setup is not complete</source>
        <translation>De installatie is niet compleet</translation>
    </message>
    <message>
        <source>Add the missing answer to the answers file and run again.</source>
        <translation>Vul het ontbrekende antwoord aan in het antwoordbestand en voer de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>The %1 is missing</source>
        <translation>Je %1 ontbreekt</translation>
    </message>
    <message>
        <source>The answers file says the %1 is in %2, but nothing is there.</source>
        <translation>Volgens het antwoordbestand staat je %1 in %2, maar daar staat niets.</translation>
    </message>
    <message>
        <source>No private app token</source>
        <translation>Geen toegangstoken van de privé-app</translation>
    </message>
    <message>
        <source>Not a private app token</source>
        <translation>Dit is geen toegangstoken van een privé-app</translation>
    </message>
    <message>
        <source>The token is not usable.</source>
        <translation>Het token is niet bruikbaar.</translation>
    </message>
    <message>
        <source>Copy the token from the private app&apos;s Auth tab in HubSpot and put it in %1.</source>
        <translation>Kopieer het token in HubSpot op het tabblad Auth van de privé-app en zet het in %1.</translation>
    </message>
    <message>
        <source>Reconnect with an OAuth answers file (%1), or in the assistant&apos;s HubSpot connection page.</source>
        <translation>Koppel opnieuw met een antwoordbestand voor OAuth (%1), of op de pagina HubSpot-koppeling in de assistent.</translation>
    </message>
    <message>
        <source>HubSpot is connected another way</source>
        <translation>HubSpot is op een andere manier gekoppeld</translation>
    </message>
    <message>
        <source>Portal %1 is connected through the %2; the answers file asks for the %3.</source>
        <translation>Account %1 is gekoppeld via de %2; het antwoordbestand vraagt om de %3.</translation>
    </message>
    <message>
        <source>Disconnect HubSpot first (in the assistant&apos;s manage page), or change method in the answers file.</source>
        <translation>Ontkoppel eerst HubSpot (op de pagina HubSpot-koppeling van de assistent) of kies een andere methode in het antwoordbestand.</translation>
    </message>
    <message>
        <source>Approve %1 on HubSpot&apos;s screen and run again. To move OpenCX to %2 instead, set %3 in the answers file.</source>
        <translation>Keur %1 goed op het scherm van HubSpot en voer de opdracht opnieuw uit. Wil je OpenCX liever naar %2 verhuizen, zet dan %3 in het antwoordbestand.</translation>
    </message>
    <message>
        <source>Another HubSpot portal is connected</source>
        <translation>Er is een ander HubSpot-account gekoppeld</translation>
    </message>
    <message>
        <source>The answers file expects portal %1, but portal %2 is connected.</source>
        <translation>Het antwoordbestand verwacht account %1, maar account %2 is gekoppeld.</translation>
    </message>
    <message>
        <source>Choose the right portal on HubSpot&apos;s consent screen, or disconnect and run again.</source>
        <translation>Kies het juiste account op het toestemmingsscherm van HubSpot, of ontkoppel en voer de opdracht opnieuw uit.</translation>
    </message>
    <message numerus="yes">
        <source>After %n second(s) this check had not happened: %1.</source>
        <translation>
            <numerusform>Na %n seconde was dit nog niet gebeurd: %1.</numerusform>
            <numerusform>Na %n seconden was dit nog niet gebeurd: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>After %1 seconds this check had not happened: %2.</source>
        <translation>Na %1 seconden was dit nog niet gebeurd: %2.</translation>
    </message>
    <message>
        <source>The test message checklist did not finish</source>
        <translation>De checklist van het testbericht is niet afgerond</translation>
    </message>
    <message>
        <source>Send the test message to an address or chat widget HubSpot routes, then run again (or raise %1).</source>
        <translation>Stuur het testbericht naar een adres of chatwidget dat via HubSpot loopt en voer de opdracht opnieuw uit (of verhoog %1).</translation>
    </message>
    <message>
        <source>The test message checklist stopped</source>
        <translation>De checklist van het testbericht is gestopt</translation>
    </message>
    <message>
        <source>This check did not pass: %1.</source>
        <translation>Deze controle is niet geslaagd: %1.</translation>
    </message>
    <message>
        <source>Not every check passed.</source>
        <translation>Niet alle controles zijn geslaagd.</translation>
    </message>
    <message>
        <source>Look at the checklist in the assistant for the likely cause.</source>
        <translation>Bekijk de checklist in de assistent voor de waarschijnlijke oorzaak.</translation>
    </message>
    <message>
        <source>You are signed out of OpenCX</source>
        <translation>Je bent uitgelogd bij OpenCX</translation>
    </message>
    <message>
        <source>Your OpenCX sign-in has ended or is no longer accepted.</source>
        <translation>Je aanmelding bij OpenCX is verlopen of wordt niet meer geaccepteerd.</translation>
    </message>
    <message>
        <source>Sign in to OpenCX again.</source>
        <translation>Log opnieuw in bij OpenCX.</translation>
    </message>
    <message>
        <source>OpenCX did not confirm the connection</source>
        <translation>OpenCX heeft de koppeling niet bevestigd</translation>
    </message>
    <message>
        <source>The credentials were sent, but OpenCX does not show HubSpot as connected.</source>
        <translation>De gegevens zijn verstuurd, maar OpenCX toont HubSpot niet als gekoppeld.</translation>
    </message>
    <message>
        <source>Try Save again. If it keeps happening, export diagnostics for support.</source>
        <translation>Klik nog eens op Opslaan in OpenCX. Blijft het gebeuren, exporteer dan een diagnosebestand voor OpenCX-support.</translation>
    </message>
    <message>
        <source>This API key was not copied correctly</source>
        <translation>Deze API-sleutel is niet goed gekopieerd</translation>
    </message>
    <message>
        <source>Add them on the app&apos;s Scopes tab in HubSpot, click Commit changes, then paste the token and check it again.</source>
        <translation>Voeg ze in HubSpot toe op het tabblad Scopes van de app, klik op Wijzigingen doorvoeren, plak dan het token opnieuw en laat het nog eens controleren.</translation>
    </message>
    <message>
        <source>Add them on the app&apos;s Scopes tab in HubSpot, click Commit changes, then run again.</source>
        <translation>Voeg ze in HubSpot toe op het tabblad Scopes van de app, klik op Wijzigingen doorvoeren en voer de opdracht dan opnieuw uit.</translation>
    </message>
    <message>
        <source>The legacy app is missing scopes</source>
        <translation>De verouderde app mist machtigingen</translation>
    </message>
    <message>
        <source>HubSpot accepted the token, but the app is missing these scopes: %1.</source>
        <translation>HubSpot accepteert het token, maar de app mist deze machtigingen (scopes): %1.</translation>
    </message>
    <message>
        <source>You approved a different HubSpot portal</source>
        <translation>Je hebt een ander HubSpot-account goedgekeurd</translation>
    </message>
    <message>
        <source>OpenCX is connected to %1, but you approved %2 in HubSpot. Nothing has changed yet.</source>
        <translation>OpenCX is gekoppeld aan %1, maar je hebt in HubSpot %2 goedgekeurd. Er is nog niets gewijzigd.</translation>
    </message>
    <message>
        <source>Go back to the setup assistant: it asks whether OpenCX moves to the new portal or stays with the one it has.</source>
        <translation>Ga terug naar de assistent: die vraagt of OpenCX naar het nieuwe account verhuist of bij het huidige blijft.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Probeer het opnieuw. Blijft het gebeuren, exporteer dan een diagnosebestand voor OpenCX-support.</translation>
    </message>
    <message>
        <source>Access was not allowed</source>
        <translation>Geen toegang gegeven</translation>
    </message>
    <message>
        <source>You chose not to allow access.</source>
        <translation>Je hebt ervoor gekozen geen toegang te geven.</translation>
    </message>
    <message>
        <source>To continue, try again and choose to allow access on that page.</source>
        <translation>Wil je doorgaan? Probeer het opnieuw en geef op die pagina wel toegang.</translation>
    </message>
    <message>
        <source>Your HubSpot user may not install apps in that portal</source>
        <translation>Je HubSpot-gebruiker mag geen apps installeren in dat account</translation>
    </message>
    <message>
        <source>In the portal you chose, your HubSpot user is not a super admin and does not have the App Marketplace Access permission, which HubSpot requires to install apps like OpenCX.</source>
        <translation>In het gekozen account ben je geen superbeheerder en heb je niet de machtiging Toegang tot App Marketplace. HubSpot vereist een van beide om apps zoals OpenCX te installeren.</translation>
    </message>
    <message>
        <source>Ask a super admin of that portal to connect OpenCX, or to give you App Marketplace Access (HubSpot: Settings → Users &amp; Teams), then try again.</source>
        <translation>Vraag een superbeheerder van dat account om OpenCX te koppelen of om je Toegang tot App Marketplace te geven (HubSpot: Instellingen → Gebruikers en teams). Probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>That HubSpot portal needs Service Hub</source>
        <translation>Dat HubSpot-account heeft Service Hub nodig</translation>
    </message>
    <message>
        <source>HubSpot says the OpenCX app is not available for the selected portal, because the portal does not have Service Hub Starter or above. OpenCX needs it for HubSpot conversations and tickets.</source>
        <translation>HubSpot meldt dat de OpenCX-app niet beschikbaar is voor het gekozen account, omdat dat account geen Service Hub Starter of hoger heeft. OpenCX heeft dat nodig voor gesprekken en tickets in HubSpot.</translation>
    </message>
    <message>
        <source>Choose a portal that has Service Hub, or add Service Hub to this one in HubSpot (Account &amp; Billing), then try again.</source>
        <translation>Kies een account met Service Hub, of voeg Service Hub aan dit account toe in HubSpot (Account en facturering). Probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>The connection did not go through</source>
        <translation>De koppeling is niet gelukt</translation>
    </message>
    <message>
        <source>Something went wrong on the other side while finishing this step.</source>
        <translation>Er ging aan de andere kant iets mis bij het afronden van deze stap.</translation>
    </message>
    <message>
        <source>Wait a minute and try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Wacht een minuut en probeer het opnieuw. Blijft het gebeuren, exporteer dan een diagnosebestand voor OpenCX-support.</translation>
    </message>
    <message>
        <source>The browser came back with an error the assistant does not know.</source>
        <translation>De browser kwam terug met een fout die de assistent niet kent.</translation>
    </message>
    <message numerus="yes">
        <source>The assistant waited %n minute(s) for the browser and stopped.</source>
        <translation>
            <numerusform>De assistent heeft %n minuut op de browser gewacht en is gestopt.</numerusform>
            <numerusform>De assistent heeft %n minuten op de browser gewacht en is gestopt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser step took too long</source>
        <translation>De stap in de browser duurde te lang</translation>
    </message>
    <message>
        <source>Try again. If the browser did not open, use Copy link and open it yourself.</source>
        <translation>Probeer het opnieuw. Ging de browser niet open, gebruik dan Link kopiëren en open de link zelf.</translation>
    </message>
    <message>
        <source>Start again when you are ready.</source>
        <translation>Begin opnieuw als je zover bent.</translation>
    </message>
    <message>
        <source>The browser step could not start</source>
        <translation>De stap in de browser kon niet starten</translation>
    </message>
    <message>
        <source>The service gave an address the assistant will not open.</source>
        <translation>De dienst gaf een adres dat de assistent niet opent.</translation>
    </message>
    <message>
        <source>This computer did not let the assistant receive the browser&apos;s answer.</source>
        <translation>Deze computer liet de assistent het antwoord van de browser niet ontvangen.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, restart the computer, or ask your IT team whether security software blocks programs from listening on this computer.</source>
        <translation>Probeer het opnieuw. Blijft het gebeuren, start de computer dan opnieuw op, of vraag je IT-afdeling of beveiligingssoftware verhindert dat programma&apos;s op deze computer verbindingen ontvangen.</translation>
    </message>
</context>
<context>
    <name>flow.reconnect</name>
    <message>
        <source>%1 (portal %2)</source>
        <translation>%1 (account %2)</translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation>account %1</translation>
    </message>
    <message>
        <source>HubSpot needs you to reconnect</source>
        <translation>HubSpot vraagt je opnieuw te koppelen</translation>
    </message>
    <message>
        <source>Reconnect with HubSpot</source>
        <translation>Opnieuw koppelen met HubSpot</translation>
    </message>
    <message>
        <source>Reconnecting opens HubSpot&apos;s approval screen again and keeps who the AI posts as, your email signatures and Autopilot.</source>
        <translation>Opnieuw koppelen opent het toestemmingsscherm van HubSpot nog een keer. De afzender van de AI, je e-mailhandtekeningen en Autopilot blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>HubSpot no longer lets OpenCX into %1. This happens when the OpenCX app was uninstalled in HubSpot or its permissions were changed. Until you reconnect, OpenCX cannot read or answer this portal&apos;s conversations.</source>
        <translation>HubSpot geeft OpenCX geen toegang meer tot %1. Dat gebeurt als de OpenCX-app in HubSpot is verwijderd of als de machtigingen ervan zijn gewijzigd. Tot je opnieuw koppelt, kan OpenCX de gesprekken van dit account niet lezen of beantwoorden.</translation>
    </message>
    <message>
        <source>Workflow actions: HubSpot workflows can pause, resume or call the OpenCX AI.</source>
        <translation>Workflowacties: HubSpot-workflows kunnen de AI van OpenCX pauzeren, hervatten of inschakelen.</translation>
    </message>
    <message>
        <source>No keys to paste or renew: HubSpot lets OpenCX in and renews that access by itself.</source>
        <translation>Geen sleutels meer plakken of vernieuwen: HubSpot geeft OpenCX toegang en vernieuwt die toegang zelf.</translation>
    </message>
    <message>
        <source>Webhooks set up for you: no subscriptions to keep up in the legacy app.</source>
        <translation>Webhooks (de meldingen die HubSpot naar OpenCX stuurt) worden voor je ingesteld: geen abonnementen meer bijhouden in de verouderde app.</translation>
    </message>
    <message>
        <source>Faster agent takeover: when an agent takes a conversation, the AI stops within about a second, not at the customer&apos;s next message.</source>
        <translation>Sneller overnemen: als een medewerker een gesprek overneemt, stopt de AI binnen ongeveer een seconde, niet pas bij het volgende bericht van de klant.</translation>
    </message>
    <message>
        <source>Tickets, conversations, OpenCX sessions, the default user and your email signatures stay as they are.</source>
        <translation>Tickets, gesprekken, OpenCX-sessies, de standaardgebruiker en je e-mailhandtekeningen blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Action recommended: switch to Connect with HubSpot</source>
        <translation>Aanbevolen: stap over op “Koppelen met HubSpot”</translation>
    </message>
    <message>
        <source>Switch to Connect with HubSpot</source>
        <translation>Overstappen op “Koppelen met HubSpot”</translation>
    </message>
    <message>
        <source>This portal is connected through a legacy private app, which HubSpot no longer lets anyone create. Switch it to “Connect with HubSpot”: you approve OpenCX once on HubSpot&apos;s own screen, without disconnecting. What changes:</source>
        <translation>Dit account is gekoppeld via een verouderde privé-app, en die kan niemand in HubSpot meer maken. Stap over op “Koppelen met HubSpot”: je keurt OpenCX één keer goed op het scherm van HubSpot zelf, zonder te ontkoppelen. Wat er verandert:</translation>
    </message>
    <message>
        <source>%1 is connected through a legacy private app. When you approve OpenCX in HubSpot, it switches to “Connect with HubSpot” in place, without disconnecting. %2</source>
        <translation>%1 is gekoppeld via een verouderde privé-app. Zodra je OpenCX in HubSpot goedkeurt, stapt de koppeling meteen over op “Koppelen met HubSpot”, zonder te ontkoppelen. %2</translation>
    </message>
    <message>
        <source>Switched to Connect with HubSpot</source>
        <translation>Overgestapt op “Koppelen met HubSpot”</translation>
    </message>
    <message>
        <source>Reconnected with HubSpot</source>
        <translation>Opnieuw gekoppeld met HubSpot</translation>
    </message>
    <message>
        <source>OpenCX no longer uses the legacy private app. You can delete it in HubSpot if you like: Settings → Integrations → Private Apps → Legacy Apps → your app → Delete. Its webhook subscriptions are no longer needed.</source>
        <translation>OpenCX gebruikt de verouderde privé-app niet meer. Je kunt die in HubSpot verwijderen als je wilt: Instellingen → Integraties → Privé-apps → Verouderde apps → je app → Verwijderen. De webhookabonnementen ervan zijn niet meer nodig.</translation>
    </message>
    <message>
        <source>OpenCX can read and answer this portal&apos;s conversations again.</source>
        <translation>OpenCX kan de gesprekken van dit account weer lezen en beantwoorden.</translation>
    </message>
    <message>
        <source>Move OpenCX to another HubSpot portal?</source>
        <translation>OpenCX naar een ander HubSpot-account verhuizen?</translation>
    </message>
    <message>
        <source>OpenCX is connected to %1, but you approved %2 in HubSpot.

Continue with %2: OpenCX reads and answers that portal&apos;s conversations from now on. Choose again who the AI posts as, because that portal has its own teammates. Email signatures and Autopilot stay.

Cancel: nothing changes; OpenCX stays with %1.</source>
        <translation>OpenCX is gekoppeld aan %1, maar je hebt in HubSpot %2 goedgekeurd.

Doorgaan met %2: OpenCX leest en beantwoordt vanaf nu de gesprekken van dat account. Kies opnieuw de afzender van de AI, want dat account heeft eigen teamleden. E-mailhandtekeningen en Autopilot blijven.

Annuleren: er verandert niets; OpenCX blijft bij %1.</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Doorgaan met %1</translation>
    </message>
    <message>
        <source>Cancel, keep %1</source>
        <translation>Annuleren, bij %1 blijven</translation>
    </message>
</context>
<context>
    <name>flow.signature_html</name>
    <message>
        <source>scripts</source>
        <translation>scripts</translation>
    </message>
    <message>
        <source>event handlers (such as onclick)</source>
        <translation>event-handlers (zoals onclick)</translation>
    </message>
    <message>
        <source>forms</source>
        <translation>formulieren</translation>
    </message>
    <message>
        <source>frames and embedded objects</source>
        <translation>frames en ingesloten objecten</translation>
    </message>
    <message>
        <source>style sheets</source>
        <translation>stylesheets</translation>
    </message>
    <message>
        <source>remote background images</source>
        <translation>achtergrondafbeeldingen van internet</translation>
    </message>
    <message>
        <source>images not served over https</source>
        <translation>afbeeldingen die niet via https komen</translation>
    </message>
    <message>
        <source>Removed for safety, because email signatures cannot contain them: %1.</source>
        <translation>Voor de veiligheid verwijderd, omdat e-mailhandtekeningen die niet mogen bevatten: %1.</translation>
    </message>
    <message>
        <source>The signature is larger than %1 KB. Email clients clip large signatures; link images instead of embedding them.</source>
        <translation>De handtekening is groter dan %1 KB. E-mailprogramma&apos;s kappen grote handtekeningen af; link naar afbeeldingen in plaats van ze in te sluiten.</translation>
    </message>
    <message>
        <source>Nothing is left of this signature after removing what emails cannot contain. Paste the signature&apos;s HTML, or plain text.</source>
        <translation>Er blijft niets over van deze handtekening na het verwijderen van wat e-mails niet mogen bevatten. Plak de HTML van de handtekening, of gewone tekst.</translation>
    </message>
    <message>
        <source>Write the signature first.</source>
        <translation>Schrijf eerst de handtekening.</translation>
    </message>
    <message>
        <source>Type the address the link opens, like https://acme.com.</source>
        <translation>Typ het adres dat de link opent, zoals https://acme.com.</translation>
    </message>
    <message>
        <source>That address has no site in it, like https://acme.com.</source>
        <translation>Er staat geen website in dat adres. Een goed adres lijkt op https://acme.com.</translation>
    </message>
    <message>
        <source>Links to the email address %1.</source>
        <translation>Linkt naar het e-mailadres %1.</translation>
    </message>
    <message>
        <source>Links to %1.</source>
        <translation>Linkt naar %1.</translation>
    </message>
    <message>
        <source>A signature link opens a web page (https://…), an email address (mailto:…) or a phone number (tel:…).</source>
        <translation>Een link in een handtekening opent een webpagina (https://…), een e-mailadres (mailto:…) of een telefoonnummer (tel:…).</translation>
    </message>
    <message>
        <source>An address has no spaces. Copy it from the browser&apos;s bar.</source>
        <translation>Een adres bevat geen spaties. Kopieer het uit de adresbalk van de browser.</translation>
    </message>
    <message>
        <source>Type the image&apos;s address, like https://acme.com/logo.png. Upload the image to your website first if it is only on your computer.</source>
        <translation>Typ het adres van de afbeelding, zoals https://acme.com/logo.png. Staat de afbeelding alleen op je computer, zet die dan eerst op je website.</translation>
    </message>
    <message>
        <source>Email programs block images on plain http. Use the image&apos;s https:// address.</source>
        <translation>E-mailprogramma&apos;s blokkeren afbeeldingen via gewoon http. Gebruik het https://-adres van de afbeelding.</translation>
    </message>
    <message>
        <source>Use the address of an image on the web, starting with https://.</source>
        <translation>Gebruik het adres van een afbeelding op internet, beginnend met https://.</translation>
    </message>
    <message>
        <source>Uses %1.</source>
        <translation>Gebruikt %1.</translation>
    </message>
    <message>
        <source>That address has no site in it, like https://acme.com/logo.png.</source>
        <translation>Er staat geen website in dat adres. Een goed adres lijkt op https://acme.com/logo.png.</translation>
    </message>
</context>
<context>
    <name>flow.signatures</name>
    <message>
        <source>%1 matches %2 exactly, and exact matches always win.</source>
        <translation>%1 komt precies overeen met %2, en een exacte overeenkomst gaat altijd voor.</translation>
    </message>
    <message>
        <source>%1 ends with .%2, the most specific matching ending.</source>
        <translation>%1 eindigt op .%2; dat is het meest specifieke einde dat past.</translation>
    </message>
    <message>
        <source>There is already a signature for %1. Edit that one instead.</source>
        <translation>Er is al een handtekening voor %1. Bewerk die in plaats daarvan.</translation>
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
        <translation>verouderde privé-app</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Voordat je begint</translation>
    </message>
    <message>
        <source>Sign in to OpenCX</source>
        <translation>Inloggen bij OpenCX</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Koppelmethode</translation>
    </message>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Koppelen met HubSpot</translation>
    </message>
    <message>
        <source>Find your legacy app</source>
        <translation>Verouderde app zoeken</translation>
    </message>
    <message>
        <source>Save the private app token</source>
        <translation>Toegangstoken opslaan</translation>
    </message>
    <message>
        <source>Who the AI posts as</source>
        <translation>Afzender van de AI</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>E-mailhandtekeningen</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Workflowacties</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Testbericht sturen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>HubSpot connection</source>
        <translation>HubSpot-koppeling</translation>
    </message>
</context>
<context>
    <name>flow.tokens</name>
    <message>
        <source>The word &quot;Bearer&quot; in front of the token was removed.</source>
        <translation>Het woord “Bearer” voor het token is verwijderd.</translation>
    </message>
    <message>
        <source>Paste the private app access token.</source>
        <translation>Plak het toegangstoken van de privé-app.</translation>
    </message>
    <message>
        <source>That is much longer than a private app token. Copy only the token.</source>
        <translation>Dat is veel langer dan een toegangstoken van een privé-app. Kopieer alleen het token.</translation>
    </message>
    <message>
        <source>The token has spaces or line breaks in the middle. Copy it again in one piece.</source>
        <translation>Er staan spaties of regeleinden midden in het token. Kopieer het opnieuw in één stuk.</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings → Integrations → Private Apps → Legacy Apps, open your app, and on the Auth tab click Show token, then Copy.</source>
        <translation>Open in HubSpot Instellingen → Integraties → Privé-apps → Verouderde apps, open je app en klik op het tabblad Auth op Token weergeven en daarna op Kopiëren.</translation>
    </message>
    <message>
        <source>This starts like a private app token but is incomplete or has extra characters. Copy it again.</source>
        <translation>Dit begint als een toegangstoken van een privé-app, maar is onvolledig of bevat extra tekens. Kopieer het opnieuw.</translation>
    </message>
    <message>
        <source>This looks like a developer API key, not a private app token. Private app tokens start with pat-.</source>
        <translation>Dit lijkt op een API-sleutel voor ontwikkelaars, niet op een toegangstoken van een privé-app. Zulke tokens beginnen met pat-.</translation>
    </message>
    <message>
        <source>This looks like an OAuth refresh token. The legacy path needs the private app token, which starts with pat-.</source>
        <translation>Dit lijkt op een OAuth-vernieuwingstoken. Voor een koppeling via een verouderde app is het toegangstoken van de privé-app nodig; dat begint met pat-.</translation>
    </message>
    <message>
        <source>This looks like an OAuth access token or a personal access key. The legacy path needs the private app token, which starts with pat-.</source>
        <translation>Dit lijkt op een OAuth-toegangstoken of een persoonlijke toegangssleutel. Voor een koppeling via een verouderde app is het toegangstoken van de privé-app nodig; dat begint met pat-.</translation>
    </message>
    <message>
        <source>This is not a HubSpot private app token; those start with pat-.</source>
        <translation>Dit is geen toegangstoken van een HubSpot-privé-app; die beginnen met pat-.</translation>
    </message>
</context>
<context>
    <name>flow.user_ids</name>
    <message>
        <source>Pick the teammate from the list, or in HubSpot open Settings → Users &amp; Teams, open the teammate&apos;s profile and copy the number at the end of the address.</source>
        <translation>Kies het teamlid in de lijst, of open in HubSpot Instellingen → Gebruikers en teams, open het profiel van het teamlid en kopieer het nummer aan het einde van het adres.</translation>
    </message>
    <message>
        <source>Enter the HubSpot user ID.</source>
        <translation>Vul de HubSpot-gebruikers-ID in.</translation>
    </message>
    <message>
        <source>HubSpot wants the number only, so &quot;%1&quot; became %2.</source>
        <translation>HubSpot wil alleen het nummer, dus “%1” is %2 geworden.</translation>
    </message>
    <message>
        <source>The user ID is a number, like 1234567, with no letters.</source>
        <translation>De gebruikers-ID is een nummer zonder letters, zoals 1234567.</translation>
    </message>
    <message>
        <source>That address is not a HubSpot page.</source>
        <translation>Dat adres is geen pagina van HubSpot.</translation>
    </message>
    <message>
        <source>That HubSpot address does not end with a user ID. Open the teammate&apos;s profile itself and copy its address.</source>
        <translation>Dat HubSpot-adres eindigt niet op een gebruikers-ID. Open het profiel van het teamlid zelf en kopieer het adres daarvan.</translation>
    </message>
    <message>
        <source>Took the user ID %1 from the end of the HubSpot address.</source>
        <translation>Gebruikers-ID %1 overgenomen van het einde van het HubSpot-adres.</translation>
    </message>
    <message>
        <source>0 is not a HubSpot user ID.</source>
        <translation>0 is geen HubSpot-gebruikers-ID.</translation>
    </message>
    <message>
        <source>That number is too long to be a HubSpot user ID.</source>
        <translation>Dat nummer is te lang voor een HubSpot-gebruikers-ID.</translation>
    </message>
    <message>
        <source>Leading zeros were removed: %1.</source>
        <translation>Nullen aan het begin zijn verwijderd: %1.</translation>
    </message>
    <message>
        <source>Not a HubSpot user ID.</source>
        <translation>Geen HubSpot-gebruikers-ID.</translation>
    </message>
    <message>
        <source>Nobody in this HubSpot portal has the user ID %1. Pick the teammate from the list, or check the number in HubSpot under Settings → Users &amp; Teams.</source>
        <translation>Niemand in dit HubSpot-account heeft gebruikers-ID %1. Kies het teamlid in de lijst, of controleer het nummer in HubSpot onder Instellingen → Gebruikers en teams.</translation>
    </message>
    <message>
        <source>%1 is the owner number of %2; their user ID is %3.</source>
        <translation>%1 is de eigenaar-ID van %2; de gebruikers-ID van die persoon is %3.</translation>
    </message>
    <message>
        <source>User ID %1 is %2.</source>
        <translation>Gebruikers-ID %1 is %2.</translation>
    </message>
</context>
<context>
    <name>flow.workflow_actions</name>
    <message>
        <source>✓ Installed</source>
        <translation>✓ Geïnstalleerd</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Nog onbekend</translation>
    </message>
    <message>
        <source>%1 of %2 installed</source>
        <translation>%1 van %2 geïnstalleerd</translation>
    </message>
    <message>
        <source>OpenCX has not reported the workflow actions yet.</source>
        <translation>OpenCX heeft de workflowacties nog niet doorgegeven.</translation>
    </message>
    <message>
        <source>Not installed: %1. OpenCX adds them when you connect with HubSpot: disconnect and connect with HubSpot again to add them, or ask OpenCX support.</source>
        <translation>Niet geïnstalleerd: %1. OpenCX voegt ze toe als je met HubSpot koppelt: ontkoppel en koppel opnieuw met HubSpot om ze toe te voegen, of vraag OpenCX-support om hulp.</translation>
    </message>
    <message>
        <source>All four actions are ready to use in your workflows.</source>
        <translation>Alle vier de acties zijn klaar voor gebruik in je workflows.</translation>
    </message>
</context>
<context>
    <name>gui.answer_text</name>
    <message>
        <source>Not connected</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <source>Reconnect required</source>
        <translation>Opnieuw koppelen nodig</translation>
    </message>
    <message>
        <source>Connected through “Connect with HubSpot”</source>
        <translation>Gekoppeld via “Koppelen met HubSpot”</translation>
    </message>
    <message>
        <source>Connected with a legacy private app</source>
        <translation>Gekoppeld met een verouderde privé-app</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Open the HubSpot inbox</source>
        <translation>HubSpot-inbox openen</translation>
    </message>
    <message>
        <source>%1 (portal ID %2)</source>
        <translation>%1 (account-ID %2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niet ingelogd</translation>
    </message>
    <message>
        <source>%1 (signed in as %2)</source>
        <translation>%1 (ingelogd als %2)</translation>
    </message>
    <message>
        <source>User ID %1</source>
        <translation>Gebruikers-ID %1</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Niet gekozen</translation>
    </message>
    <message>
        <source>Not read from OpenCX yet</source>
        <translation>Nog niet gelezen uit OpenCX</translation>
    </message>
    <message>
        <source>on for %1; off for %2</source>
        <translation>aan voor %1; uit voor %2</translation>
    </message>
    <message>
        <source>on for %1</source>
        <translation>aan voor %1</translation>
    </message>
    <message>
        <source>off for %1</source>
        <translation>uit voor %1</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Geen (optioneel)</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Niet doorgegeven</translation>
    </message>
    <message>
        <source>All four installed</source>
        <translation>Alle vier geïnstalleerd</translation>
    </message>
    <message>
        <source>%1 of %2 installed</source>
        <translation>%1 van %2 geïnstalleerd</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Nog niet uitgevoerd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Open the OpenCX session</source>
        <translation>OpenCX-sessie openen</translation>
    </message>
    <message>
        <source>All checks passed</source>
        <translation>Alle controles geslaagd</translation>
    </message>
    <message>
        <source>Passed; as set up, not done: %1</source>
        <translation>Geslaagd; door de instellingen niet uitgevoerd: %1</translation>
    </message>
    <message>
        <source>Stopped at: %1</source>
        <translation>Gestopt bij: %1</translation>
    </message>
    <message>
        <source>Not finished (%1 of 5 checks passed)</source>
        <translation>Niet afgerond (%1 van 5 controles geslaagd)</translation>
    </message>
</context>
<context>
    <name>gui.crash_dialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>The assistant ran into a problem it did not expect. Your progress is saved. You can keep going, or quit and open the assistant again. If it happens again, save the diagnostics and send the file to OpenCX support.</source>
        <translation>De assistent liep tegen een onverwacht probleem aan. Je voortgang is opgeslagen. Je kunt doorgaan, of de assistent afsluiten en opnieuw openen. Gebeurt het weer, sla dan het diagnosebestand op en stuur het naar OpenCX-support.</translation>
    </message>
    <message>
        <source>The assistant closed unexpectedly last time</source>
        <translation>De assistent is de vorige keer onverwacht gesloten</translation>
    </message>
    <message>
        <source>Your progress was saved and the setup continues where you left off. A report of what happened was kept: save the diagnostics to send it to OpenCX support.</source>
        <translation>Je voortgang is opgeslagen en het instellen gaat verder waar je was gebleven. Er is een verslag bewaard van wat er gebeurde: sla het diagnosebestand op om het naar OpenCX-support te sturen.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Save diagnostics…</source>
        <translation>Diagnosebestand opslaan…</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Save diagnostics for OpenCX support</source>
        <translation>Diagnosebestand opslaan voor OpenCX-support</translation>
    </message>
    <message>
        <source>Diagnostics bundle (*.zip)</source>
        <translation>Diagnosebestand (*.zip)</translation>
    </message>
    <message>
        <source>Saved as %1. It contains no passwords or keys; send it to OpenCX support.</source>
        <translation>Opgeslagen als %1. Er staan geen wachtwoorden of sleutels in; stuur het naar OpenCX-support.</translation>
    </message>
    <message>
        <source>Saving diagnostics…</source>
        <translation>Diagnosebestand wordt opgeslagen…</translation>
    </message>
</context>
<context>
    <name>gui.launch</name>
    <message>
        <source>%1 This session keeps no log.</source>
        <translation>%1 Deze sessie houdt geen logboek bij.</translation>
    </message>
    <message>
        <source>%1 The setup works, but closing the assistant loses your place.</source>
        <translation>%1 Het instellen werkt, maar als je de assistent sluit, moet je opnieuw beginnen.</translation>
    </message>
    <message>
        <source>%1 is already open; it was brought to the front.</source>
        <translation>%1 is al geopend en is naar de voorgrond gehaald.</translation>
    </message>
</context>
<context>
    <name>gui.page</name>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>gui.pages.autopilot</name>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Autopilot for %1</source>
        <translation>Autopilot voor %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>nog niet gelezen</translation>
    </message>
    <message>
        <source>OpenCX replies on this channel</source>
        <translation>OpenCX antwoordt op dit kanaal</translation>
    </message>
    <message>
        <source>OpenCX stores conversations but does not reply</source>
        <translation>OpenCX bewaart gesprekken, maar antwoordt niet</translation>
    </message>
    <message>
        <source>Reading the Autopilot settings from OpenCX…</source>
        <translation>Autopilot-instellingen worden gelezen uit OpenCX…</translation>
    </message>
    <message>
        <source>Turning Autopilot on for %1…</source>
        <translation>Autopilot wordt aangezet voor het kanaal %1…</translation>
    </message>
    <message>
        <source>Turning Autopilot off for %1…</source>
        <translation>Autopilot wordt uitgezet voor het kanaal %1…</translation>
    </message>
</context>
<context>
    <name>gui.pages.legacy_app</name>
    <message>
        <source>No legacy app in your portal? HubSpot no longer lets anyone create one: connect with HubSpot instead, the recommended way (about two minutes).</source>
        <translation>Geen verouderde app in je account? Die kan niemand in HubSpot meer maken: koppel in plaats daarvan met HubSpot, de aanbevolen manier (ongeveer twee minuten).</translation>
    </message>
    <message>
        <source>Connect with HubSpot instead</source>
        <translation>Koppelen met HubSpot</translation>
    </message>
    <message>
        <source>In HubSpot, go to %1 and open the app OpenCX uses.</source>
        <translation>Ga in HubSpot naar %1 en open de app die OpenCX gebruikt.</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Objecttype</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Getting your webhook URL from OpenCX…</source>
        <translation>Je webhook-URL wordt opgehaald bij OpenCX…</translation>
    </message>
    <message>
        <source>Switching to Connect with HubSpot…</source>
        <translation>Overschakelen naar “Koppelen met HubSpot”…</translation>
    </message>
</context>
<context>
    <name>gui.pages.legacy_credentials</name>
    <message>
        <source>✓ Token checked with HubSpot: every required scope is granted.</source>
        <translation>✓ Token gecontroleerd bij HubSpot: alle vereiste machtigingen zijn verleend.</translation>
    </message>
    <message>
        <source>✓ Saved. OpenCX is connected to HubSpot portal %1.</source>
        <translation>✓ Opgeslagen. OpenCX is gekoppeld aan HubSpot-account %1.</translation>
    </message>
    <message>
        <source>Default user: %1, user ID %2</source>
        <translation>Standaardgebruiker: %1, gebruikers-ID %2</translation>
    </message>
    <message>
        <source>Default user: user ID %1</source>
        <translation>Standaardgebruiker: gebruikers-ID %1</translation>
    </message>
    <message>
        <source>Nobody in this HubSpot portal has the user ID %1. Pick the teammate from the list.</source>
        <translation>Niemand in dit HubSpot-account heeft gebruikers-ID %1. Kies het teamlid in de lijst.</translation>
    </message>
    <message>
        <source>This looks like a private app token. Click Check token.</source>
        <translation>Dit lijkt op een toegangstoken van een privé-app. Klik op Token controleren.</translation>
    </message>
    <message>
        <source>Checking the token with HubSpot…</source>
        <translation>Token wordt gecontroleerd bij HubSpot…</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Je HubSpot-teamleden worden geladen…</translation>
    </message>
    <message>
        <source>Saving the credentials in OpenCX…</source>
        <translation>Gegevens worden opgeslagen in OpenCX…</translation>
    </message>
</context>
<context>
    <name>gui.pages.manage</name>
    <message>
        <source>Default user</source>
        <translation>Standaardgebruiker</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>AI-afzender</translation>
    </message>
    <message>
        <source>Reconnect with HubSpot first.</source>
        <translation>Koppel eerst opnieuw met HubSpot.</translation>
    </message>
    <message>
        <source>Reading the email signatures…</source>
        <translation>E-mailhandtekeningen worden gelezen…</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot…</source>
        <translation>HubSpot wordt ontkoppeld…</translation>
    </message>
</context>
<context>
    <name>gui.pages.method</name>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Koppelen met HubSpot</translation>
    </message>
    <message>
        <source>Existing legacy app</source>
        <translation>Bestaande verouderde app</translation>
    </message>
    <message>
        <source>What&apos;s the di&amp;fference?</source>
        <translation>Wat is het &amp;verschil?</translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation>Je keuze wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot, then switching…</source>
        <translation>HubSpot wordt ontkoppeld, daarna wordt overgeschakeld…</translation>
    </message>
</context>
<context>
    <name>gui.pages.oauth_connect</name>
    <message>
        <source>Your browser opens HubSpot&apos;s consent screen. Choose the HubSpot portal OpenCX should use, review the permissions and click Connect app. HubSpot then sends you back, and this window continues on its own.</source>
        <translation>Je browser opent het toestemmingsscherm van HubSpot. Kies het HubSpot-account dat OpenCX moet gebruiken, bekijk de machtigingen en klik op App koppelen. HubSpot stuurt je daarna terug en dit venster gaat vanzelf verder.</translation>
    </message>
    <message>
        <source>OpenCX asks for access to: %1.</source>
        <translation>OpenCX vraagt toegang tot: %1.</translation>
    </message>
    <message>
        <source>Connect with &amp;HubSpot</source>
        <translation>Koppelen met &amp;HubSpot</translation>
    </message>
    <message>
        <source>To install OpenCX, your HubSpot user needs to be a super admin of the portal or have the App Marketplace Access permission. If the browser shows an error after you approved, click Try again.</source>
        <translation>Om OpenCX te installeren moet je HubSpot-gebruiker superbeheerder van het account zijn of de machtiging Toegang tot App Marketplace hebben. Toont de browser een fout nadat je hebt goedgekeurd, klik dan op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>HubSpot portal %1</source>
        <translation>HubSpot-account %1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domein: %1</translation>
    </message>
    <message>
        <source>This portal does not have Service Hub Starter or above, which OpenCX needs for HubSpot conversations and tickets. %1 Upgrade the portal in HubSpot (Account &amp; Billing), or connect another portal.</source>
        <translation>Dit account heeft geen Service Hub Starter of hoger, en dat heeft OpenCX nodig voor gesprekken en tickets in HubSpot. %1 Upgrade het account in HubSpot (Account en facturering), of koppel een ander account.</translation>
    </message>
</context>
<context>
    <name>gui.pages.portal_report_section</name>
    <message>
        <source>Reading the portal from HubSpot…</source>
        <translation>Accountgegevens worden gelezen uit HubSpot…</translation>
    </message>
</context>
<context>
    <name>gui.pages.prerequisites</name>
    <message>
        <source>✓ Checked automatically from HubSpot portal details.</source>
        <translation>✓ Automatisch gecontroleerd aan de hand van de gegevens van het HubSpot-account.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically from HubSpot portal details). %1</source>
        <translation>✗ Niet voldaan (automatisch gecontroleerd aan de hand van de gegevens van het HubSpot-account). %1</translation>
    </message>
    <message>
        <source>✓ Checked automatically: you approved the HubSpot connection.</source>
        <translation>✓ Automatisch gecontroleerd: je hebt de koppeling met HubSpot goedgekeurd.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically: you approved the HubSpot connection). %1</source>
        <translation>✗ Niet voldaan (automatisch gecontroleerd: je hebt de koppeling met HubSpot goedgekeurd). %1</translation>
    </message>
    <message>
        <source>✓ Checked automatically from your OpenCX sign-in.</source>
        <translation>✓ Automatisch gecontroleerd aan de hand van je OpenCX-aanmelding.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically from your OpenCX sign-in). %1</source>
        <translation>✗ Niet voldaan (automatisch gecontroleerd aan de hand van je OpenCX-aanmelding). %1</translation>
    </message>
</context>
<context>
    <name>gui.pages.sender</name>
    <message>
        <source>The AI does not post as anyone yet. Click a teammate to choose.</source>
        <translation>De AI heeft nog geen afzender. Kies een teamlid door erop te klikken.</translation>
    </message>
    <message>
        <source>The AI posts as %1.</source>
        <translation>De AI plaatst berichten als %1.</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Je HubSpot-teamleden worden geladen…</translation>
    </message>
    <message>
        <source>Saving who the AI posts as…</source>
        <translation>Afzender van de AI wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>gui.pages.signatures</name>
    <message>
        <source>Signature that applies</source>
        <translation>Handtekening die van toepassing is</translation>
    </message>
    <message>
        <source>Signature for %1</source>
        <translation>Handtekening voor %1</translation>
    </message>
    <message>
        <source>Reading your signatures from OpenCX…</source>
        <translation>Je handtekeningen worden gelezen uit OpenCX…</translation>
    </message>
    <message>
        <source>Images from the internet (such as a logo on https) are kept in the signature and show in real emails, but this preview does not load them.</source>
        <translation>Afbeeldingen van internet (zoals een logo via https) blijven in de handtekening staan en zijn zichtbaar in echte e-mails, maar dit voorbeeld laadt ze niet.</translation>
    </message>
    <message>
        <source>Edit the rule for %1</source>
        <translation>Regel voor %1 bewerken</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <source>Saving the signature…</source>
        <translation>Handtekening wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Remove signature</source>
        <translation>Handtekening verwijderen</translation>
    </message>
    <message>
        <source>Remove the signature for %1?</source>
        <translation>Handtekening voor %1 verwijderen?</translation>
    </message>
    <message>
        <source>The AI&apos;s emails from %1 will no longer get this signature. To use it again later, you would add the rule and write the signature again.</source>
        <translation>E-mails van de AI vanaf %1 krijgen deze handtekening niet meer. Wil je die later weer gebruiken, dan moet je de regel opnieuw toevoegen en de handtekening opnieuw schrijven.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the signature for %1</source>
        <translation>Handtekening voor %1 verwijderen</translation>
    </message>
    <message>
        <source>Keep the signature</source>
        <translation>Handtekening behouden</translation>
    </message>
    <message>
        <source>Removing the signature…</source>
        <translation>Handtekening wordt verwijderd…</translation>
    </message>
    <message>
        <source>Type a whole email address, like anna@shop.nl.</source>
        <translation>Typ een volledig e-mailadres, zoals anna@shop.nl.</translation>
    </message>
    <message>
        <source>No rule matches %1, so its emails get no signature.</source>
        <translation>Geen enkele regel past bij %1, dus e-mails vanaf dat adres krijgen geen handtekening.</translation>
    </message>
    <message>
        <source>The signature for %1. %2</source>
        <translation>De handtekening voor %1. %2</translation>
    </message>
</context>
<context>
    <name>gui.pages.signin</name>
    <message>
        <source>%1 · owner of %2</source>
        <translation>%1 · eigenaar van %2</translation>
    </message>
    <message>
        <source>%1 · admin of %2</source>
        <translation>%1 · beheerder van %2</translation>
    </message>
    <message>
        <source>%1 · owner of %2 · with an API key</source>
        <translation>%1 · eigenaar van %2 · met een API-sleutel</translation>
    </message>
    <message>
        <source>%1 · admin of %2 · with an API key</source>
        <translation>%1 · beheerder van %2 · met een API-sleutel</translation>
    </message>
    <message>
        <source>&amp;Sign in with your browser</source>
        <translation>&amp;Inloggen via je browser</translation>
    </message>
    <message>
        <source>Create an API key in the OpenCX dashboard (Settings → Access) and paste it here. It is kept only while the assistant is open, never in a file.</source>
        <translation>Maak een API-sleutel aan in het OpenCX-dashboard (“Settings → Access”) en plak die hier. De sleutel wordt alleen bewaard zolang de assistent open is, nooit in een bestand.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Ingelogd als %1</translation>
    </message>
    <message>
        <source>%1 is a member of %2. Only owners and admins can connect HubSpot: ask an owner of %2 to make you an admin, or to run this setup. Then sign out and sign in again.</source>
        <translation>%1 is lid van %2. Alleen eigenaren en beheerders kunnen HubSpot koppelen: vraag een eigenaar van %2 om je beheerder te maken of om de koppeling zelf in te stellen. Log daarna uit en opnieuw in.</translation>
    </message>
    <message>
        <source>Checking the API key with OpenCX…</source>
        <translation>API-sleutel wordt gecontroleerd bij OpenCX…</translation>
    </message>
    <message>
        <source>OpenCX did not accept this API key. Check that you copied the whole key and that it was not deleted in the dashboard, or sign in with the browser.</source>
        <translation>OpenCX accepteert deze API-sleutel niet. Controleer of je de hele sleutel hebt gekopieerd en of die niet in het dashboard is verwijderd, of log in via de browser.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Bezig met uitloggen…</translation>
    </message>
</context>
<context>
    <name>gui.pages.summary</name>
    <message>
        <source>Not available yet in this version.</source>
        <translation>Nog niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <source>Default user</source>
        <translation>Standaardgebruiker</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>AI-afzender</translation>
    </message>
    <message>
        <source>This is what was set up. Since then HubSpot has stopped OpenCX&apos;s access: reconnect above. Everything below stays as it is.</source>
        <translation>Dit is wat er is ingesteld. Sindsdien heeft HubSpot de toegang van OpenCX stopgezet: koppel hierboven opnieuw. Alles hieronder blijft zoals het is.</translation>
    </message>
    <message>
        <source>Save diagnostics for OpenCX support</source>
        <translation>Diagnosebestand opslaan voor OpenCX-support</translation>
    </message>
    <message>
        <source>Diagnostics bundle (*.zip)</source>
        <translation>Diagnosebestand (*.zip)</translation>
    </message>
    <message>
        <source>Writing the diagnostics file…</source>
        <translation>Diagnosebestand wordt geschreven…</translation>
    </message>
    <message>
        <source>Saved as %1. It contains no passwords or tokens; send it to OpenCX support.</source>
        <translation>Opgeslagen als %1. Er staan geen wachtwoorden of toegangssleutels in; stuur het naar OpenCX-support.</translation>
    </message>
</context>
<context>
    <name>gui.pages.test_checklist</name>
    <message>
        <source>Looking up your HubSpot inboxes…</source>
        <translation>Je HubSpot-inboxen worden opgezocht…</translation>
    </message>
    <message>
        <source>Checking whether Autopilot is on…</source>
        <translation>Er wordt gecontroleerd of Autopilot aanstaat…</translation>
    </message>
    <message>
        <source>✓ Autopilot is on for %1.</source>
        <translation>✓ Autopilot staat aan voor het kanaal %1.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1: OpenCX will store the conversation but the AI will not reply, so the test stops at the AI reply. Turn it on first.</source>
        <translation>Autopilot staat uit voor het kanaal %1: OpenCX bewaart het gesprek, maar de AI antwoordt niet, dus de test stopt bij het antwoord van de AI. Zet Autopilot eerst aan.</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Opnieuw &amp;beginnen</translation>
    </message>
    <message>
        <source>&amp;Start the test</source>
        <translation>Test &amp;starten</translation>
    </message>
    <message>
        <source>Send an email to %1 (HubSpot inbox “%2”).</source>
        <translation>Stuur een e-mail naar %1 (HubSpot-inbox “%2”).</translation>
    </message>
    <message>
        <source>Open %1 and write in its chat window (HubSpot inbox “%2”).</source>
        <translation>Open %1 en schrijf in het chatvenster (HubSpot-inbox “%2”).</translation>
    </message>
    <message>
        <source>Checking Autopilot…</source>
        <translation>Autopilot wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>HubSpot lists no inboxes for this portal. Connect an email address or the chat widget to a HubSpot inbox first (in HubSpot: Settings → Inboxes).</source>
        <translation>HubSpot toont geen inboxen voor dit account. Koppel eerst een e-mailadres of de chatwidget aan een HubSpot-inbox (in HubSpot: Instellingen → Inboxen).</translation>
    </message>
    <message>
        <source>no channels connected</source>
        <translation>geen kanalen gekoppeld</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an inbox: its channels</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your HubSpot inboxes and their channels:</source>
        <translation>Je HubSpot-inboxen en hun kanalen:</translation>
    </message>
    <message>
        <source>The inboxes could not be listed. Use any HubSpot inbox address you know.</source>
        <translation>De inboxen konden niet worden opgehaald. Gebruik een adres van een HubSpot-inbox dat je kent.</translation>
    </message>
    <message>
        <source>Turning Autopilot on…</source>
        <translation>Autopilot wordt aangezet…</translation>
    </message>
    <message>
        <source>Following the test message…</source>
        <translation>Het testbericht wordt gevolgd…</translation>
    </message>
    <message>
        <source>Watching for another message…</source>
        <translation>Wachten op een volgend bericht…</translation>
    </message>
    <message>
        <source>The practice customer is sending the message…</source>
        <translation>De oefenklant verstuurt het bericht…</translation>
    </message>
    <message>
        <source>Asking OpenCX to hand the conversation to a person…</source>
        <translation>OpenCX wordt gevraagd het gesprek aan een medewerker over te dragen…</translation>
    </message>
</context>
<context>
    <name>gui.pages.workflow_actions</name>
    <message>
        <source>Use Check again.</source>
        <translation>Klik op Opnieuw controleren.</translation>
    </message>
    <message>
        <source>Asking OpenCX which actions are installed…</source>
        <translation>OpenCX wordt gevraagd welke acties zijn geïnstalleerd…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.browser_attempt</name>
    <message>
        <source>Opening your browser…</source>
        <translation>Je browser wordt geopend…</translation>
    </message>
    <message>
        <source>Finish in your browser. This window continues on its own.</source>
        <translation>Rond het af in je browser. Dit venster gaat vanzelf verder.</translation>
    </message>
    <message>
        <source>Almost done: confirming with OpenCX…</source>
        <translation>Bijna klaar: bevestigen bij OpenCX…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>Dat is niet gelukt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancel waiting for the browser</source>
        <translation>Stoppen met wachten op de browser</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Address opened in your browser</source>
        <translation>Adres dat in je browser is geopend</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>Link &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copies the address for a browser</source>
        <translation>Kopieert het adres, zodat je het in een browser kunt plakken</translation>
    </message>
    <message>
        <source>Open a&amp;gain</source>
        <translation>&amp;Opnieuw openen</translation>
    </message>
    <message>
        <source>Opens the address in the browser again</source>
        <translation>Opent het adres opnieuw in de browser</translation>
    </message>
    <message>
        <source>Having trouble?</source>
        <translation>Lukt het niet?</translation>
    </message>
    <message>
        <source>If the browser did not open, use Copy link and paste it into your browser. If the browser shows an error page or nothing happens after you approved, copy the full address from the browser&apos;s address bar and paste it here.</source>
        <translation>Ging de browser niet open, gebruik dan Link kopiëren en plak de link in je browser. Toont de browser een foutpagina of gebeurt er niets nadat je hebt goedgekeurd, kopieer dan het volledige adres uit de adresbalk van de browser en plak het hier.</translation>
    </message>
    <message>
        <source>Address from the browser&apos;s address bar</source>
        <translation>Adres uit de adresbalk van de browser</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>Dit adres &amp;gebruiken</translation>
    </message>
    <message>
        <source>Uses the pasted address</source>
        <translation>Gebruikt het geplakte adres</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Resterende tijd: %1:%2</translation>
    </message>
</context>
<context>
    <name>gui.widgets.channel_choice</name>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
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
        <translation>Checklist van het testbericht</translation>
    </message>
</context>
<context>
    <name>gui.widgets.connected_card</name>
    <message>
        <source>%1 (portal %2)</source>
        <translation>%1 (account %2)</translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation>account %1</translation>
    </message>
    <message>
        <source>You have not sent a test message yet: you can run the test any time from this assistant.</source>
        <translation>Je hebt nog geen testbericht gestuurd: je kunt de test altijd vanuit deze assistent uitvoeren.</translation>
    </message>
    <message>
        <source>Your test message went all the way through.</source>
        <translation>Je testbericht is helemaal goed doorgekomen.</translation>
    </message>
    <message>
        <source>The test message did not finish: you can run it again from this assistant.</source>
        <translation>Het testbericht is niet helemaal doorgekomen: je kunt de test opnieuw uitvoeren vanuit deze assistent.</translation>
    </message>
    <message>
        <source>You&apos;re connected</source>
        <translation>Je koppeling is klaar</translation>
    </message>
    <message>
        <source>Open HubSpot &amp;inbox</source>
        <translation>HubSpot-&amp;inbox openen</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s conversations inbox in HubSpot, in your browser</source>
        <translation>Opent de inbox met gesprekken van dit account in HubSpot, in je browser</translation>
    </message>
    <message>
        <source>OpenCX now works on the HubSpot conversations of %1, and answers them on the channels where Autopilot is on.</source>
        <translation>OpenCX werkt nu met de HubSpot-gesprekken van %1 en beantwoordt ze op de kanalen waar Autopilot aanstaat.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.connection_action</name>
    <message>
        <source>Nothing changed: OpenCX stays with %1.</source>
        <translation>Er is niets veranderd: OpenCX blijft bij %1.</translation>
    </message>
    <message>
        <source>OpenCX now uses %1. Choose who the AI posts as there (Change who the AI posts as).</source>
        <translation>OpenCX gebruikt nu %1. Kies de afzender van de AI in dat account (Afzender van de AI wijzigen).</translation>
    </message>
    <message>
        <source>Moving OpenCX to %1…</source>
        <translation>OpenCX wordt verhuisd naar %1…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.consent_help</name>
    <message>
        <source>Once it is fixed, click Cancel here and connect again.</source>
        <translation>Is het opgelost, klik dan hier op Annuleren en koppel opnieuw.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.disconnect_dialog</name>
    <message>
        <source>Disconnect HubSpot</source>
        <translation>HubSpot ontkoppelen</translation>
    </message>
    <message>
        <source>What disconnecting %1 does:</source>
        <translation>Wat het ontkoppelen van %1 doet:</translation>
    </message>
    <message>
        <source>To confirm, type %1 below.</source>
        <translation>Typ hieronder %1 om te bevestigen.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Ontkoppelen</translation>
    </message>
    <message>
        <source>Type %1 in capitals to confirm.</source>
        <translation>Typ %1 in hoofdletters om te bevestigen.</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot…</source>
        <translation>HubSpot wordt ontkoppeld…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Taal van deze computer</translation>
    </message>
</context>
<context>
    <name>gui.widgets.portal_report</name>
    <message>
        <source>Seen</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Goed om te weten</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Even nakijken</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>What could be seen in the HubSpot portal</source>
        <translation>Wat er in het HubSpot-account te zien was</translation>
    </message>
    <message>
        <source>What HubSpot shows about this portal</source>
        <translation>Wat HubSpot over dit account laat zien</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Opnieuw contro&amp;leren</translation>
    </message>
    <message>
        <source>Reads the portal again</source>
        <translation>Leest de accountgegevens opnieuw uit HubSpot</translation>
    </message>
    <message>
        <source>Reading the portal from HubSpot…</source>
        <translation>Accountgegevens worden gelezen uit HubSpot…</translation>
    </message>
    <message>
        <source>What HubSpot shows about portal %1</source>
        <translation>Wat HubSpot over account %1 laat zien</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Wat je kunt doen: %1</translation>
    </message>
</context>
<context>
    <name>gui.widgets.problem_banner</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>D&amp;etails tonen</translation>
    </message>
    <message>
        <source>Details for OpenCX support</source>
        <translation>Details voor OpenCX-support</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Dismiss the problem</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische details</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>D&amp;etails verbergen</translation>
    </message>
</context>
<context>
    <name>gui.widgets.signature_editor</name>
    <message>
        <source>Image from %1</source>
        <translation>Afbeelding van %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Kind regards,
The Acme team</source>
        <translation>Met vriendelijke groet,
Het Acme-team</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
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
        <translation>Regeleinde</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>Af&amp;beelding…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>This signature has layout the editor cannot change (such as a table or colours). Change it in its HTML, below.</source>
        <translation>Deze handtekening heeft opmaak die de editor niet kan wijzigen (zoals een tabel of kleuren). Pas die hieronder aan in de HTML.</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Link toevoegen</translation>
    </message>
    <message>
        <source>&amp;Address the link opens</source>
        <translation>&amp;Adres dat de link opent</translation>
    </message>
    <message>
        <source>&amp;Text to show</source>
        <translation>Zichtbare &amp;tekst</translation>
    </message>
    <message>
        <source>Add an image</source>
        <translation>Afbeelding toevoegen</translation>
    </message>
    <message>
        <source>Image &amp;address</source>
        <translation>&amp;Adres van de afbeelding</translation>
    </message>
    <message>
        <source>&amp;Description (read aloud, and shown when images are off)</source>
        <translation>&amp;Beschrijving (wordt voorgelezen en getoond als afbeeldingen uitstaan)</translation>
    </message>
    <message>
        <source>The image must be on the web already (for example your website&apos;s logo). Email programs load it from there; this window does not.</source>
        <translation>De afbeelding moet al op internet staan (bijvoorbeeld het logo op je website). E-mailprogramma&apos;s halen haar daar op; dit venster doet dat niet.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.signature_preview</name>
    <message>
        <source>Signature preview</source>
        <translation>Voorbeeld van de handtekening</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>internet</translation>
    </message>
    <message>
        <source>[image from %1: not loaded in this preview]</source>
        <translation>[afbeelding van %1: niet geladen in dit voorbeeld]</translation>
    </message>
</context>
<context>
    <name>gui.widgets.step_rail</name>
    <message>
        <source>not done</source>
        <translation>nog niet gedaan</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>huidige stap</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>needs your attention</source>
        <translation>vraagt je aandacht</translation>
    </message>
    <message>
        <source>Step %1: %2, %3</source>
        <translation>Stap %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>gui.widgets.teammate_picker</name>
    <message>
        <source>chosen</source>
        <translation>gekozen</translation>
    </message>
    <message>
        <source>%1 (HubSpot owner %2)</source>
        <translation>%1 (HubSpot-eigenaar %2)</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Zoek op naam of e-mailadres</translation>
    </message>
    <message>
        <source>Search teammates</source>
        <translation>Teamleden zoeken</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Teamleden</translation>
    </message>
    <message>
        <source>Click a teammate, or press Enter, to pick</source>
        <translation>Klik op een teamlid of druk op Enter om te kiezen</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Je HubSpot-teamleden worden geladen…</translation>
    </message>
    <message>
        <source>No teammates loaded yet.</source>
        <translation>Nog geen teamleden geladen.</translation>
    </message>
    <message>
        <source>1 teammate: click to choose</source>
        <translation>1 teamlid: klik om te kiezen</translation>
    </message>
    <message numerus="yes">
        <source>%n teammates: click one to choose</source>
        <translation>
            <numerusform>%n teamlid: klik om te kiezen</numerusform>
            <numerusform>%n teamleden: klik op iemand om te kiezen</numerusform>
        </translation>
    </message>
    <message>
        <source>No teammate matches your search.</source>
        <translation>Geen teamlid gevonden voor je zoekopdracht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n teammates match</source>
        <translation>
            <numerusform>%1 van %n teamlid gevonden</numerusform>
            <numerusform>%1 van %n teamleden gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · some may be missing: the list was cut short</source>
        <translation>%1 · misschien ontbreken er enkele: de lijst is niet compleet</translation>
    </message>
    <message>
        <source>The list of teammates ended before everyone was read. If the person you need is not listed, try again later.</source>
        <translation>De lijst met teamleden stopte voordat iedereen was gelezen. Staat de persoon die je zoekt er niet bij, probeer het dan later opnieuw.</translation>
    </message>
</context>
<context>
    <name>gui.wizard</name>
    <message>
        <source>Setup steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Oefenmodus</translation>
    </message>
    <message>
        <source>Nothing here touches a real HubSpot portal or OpenCX account.</source>
        <translation>Niets hier heeft invloed op een echt HubSpot- of OpenCX-account.</translation>
    </message>
    <message>
        <source>Practice mode: nothing here touches a real HubSpot portal or OpenCX account. (%1)</source>
        <translation>Oefenmodus: niets hier heeft invloed op een echt HubSpot- of OpenCX-account. (%1)</translation>
    </message>
    <message>
        <source>Practice mode: nothing here touches a real HubSpot portal or OpenCX account.</source>
        <translation>Oefenmodus: niets hier heeft invloed op een echt HubSpot- of OpenCX-account.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancel what is running</source>
        <translation>Stoppen wat nu bezig is</translation>
    </message>
    <message>
        <source>☰  Menu</source>
        <translation>☰  Menu</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Over %1</translation>
    </message>
    <message>
        <source>&amp;Close (your progress is kept)</source>
        <translation>&amp;Sluiten (je voortgang blijft bewaard)</translation>
    </message>
    <message>
        <source>Text size, Language, About, Close</source>
        <translation>Tekstgrootte, Taal, Over, Sluiten</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Connects a HubSpot portal to OpenCX, the AI customer-support platform, through the same settings as the OpenCX dashboard.</source>
        <translation>Koppelt een HubSpot-account aan OpenCX, het AI-platform voor klantenservice, met dezelfde instellingen als het OpenCX-dashboard.</translation>
    </message>
    <message>
        <source>Open the page about version %1</source>
        <translation>Open de pagina over versie %1</translation>
    </message>
    <message>
        <source>Opening where you left off…</source>
        <translation>Openen waar je was gebleven…</translation>
    </message>
    <message>
        <source>Welcome back. HubSpot is connected; here is its status.</source>
        <translation>Welkom terug. HubSpot is gekoppeld; dit is de status.</translation>
    </message>
    <message>
        <source>Welcome back. For your security, sign in to OpenCX again; then you carry on where you left off.</source>
        <translation>Welkom terug. Log voor je veiligheid opnieuw in bij OpenCX; daarna ga je verder waar je was gebleven.</translation>
    </message>
    <message>
        <source>Welcome back. You are where you left off: %1.</source>
        <translation>Welkom terug. Je gaat verder waar je was gebleven: %1.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>No browser could be opened on this computer, so the address was copied: paste it into your browser&apos;s address bar. %1</source>
        <translation>Op deze computer kon geen browser worden geopend, dus het adres is gekopieerd: plak het in de adresbalk van je browser. %1</translation>
    </message>
    <message>
        <source>Saved. The next time it opens, the assistant uses the language of this computer.</source>
        <translation>Opgeslagen. Als je de assistent de volgende keer opent, gebruikt die de taal van deze computer.</translation>
    </message>
    <message>
        <source>Saved. The next time it opens, the assistant speaks %1.</source>
        <translation>Opgeslagen. Als je de assistent de volgende keer opent, gebruikt die deze taal: %1.</translation>
    </message>
</context>
<context>
    <name>sandbox.hubspot</name>
    <message>
        <source>Know which HubSpot account you connect</source>
        <translation>Zien welk HubSpot-account je koppelt</translation>
    </message>
    <message>
        <source>Read conversations in your inboxes</source>
        <translation>Gesprekken in je inboxen lezen</translation>
    </message>
    <message>
        <source>Reply in conversations and add notes</source>
        <translation>Antwoorden in gesprekken en interne opmerkingen toevoegen</translation>
    </message>
    <message>
        <source>View and update tickets</source>
        <translation>Tickets bekijken en bijwerken</translation>
    </message>
    <message>
        <source>View contacts</source>
        <translation>Contactpersonen bekijken</translation>
    </message>
    <message>
        <source>Create and update contacts</source>
        <translation>Contactpersonen maken en bijwerken</translation>
    </message>
    <message>
        <source>View companies</source>
        <translation>Bedrijven bekijken</translation>
    </message>
    <message>
        <source>View deals</source>
        <translation>Deals bekijken</translation>
    </message>
    <message>
        <source>See your teammates (owners)</source>
        <translation>Je teamleden bekijken (eigenaren)</translation>
    </message>
    <message>
        <source>Upload and view files</source>
        <translation>Bestanden uploaden en bekijken</translation>
    </message>
    <message>
        <source>View lists</source>
        <translation>Lijsten bekijken</translation>
    </message>
    <message>
        <source>Add OpenCX actions to your workflows</source>
        <translation>OpenCX-acties toevoegen aan je workflows</translation>
    </message>
</context>
<context>
    <name>sandbox.hubspot_routes</name>
    <message>
        <source>This link is not valid</source>
        <translation>Deze link is niet geldig</translation>
    </message>
    <message>
        <source>The app that sent you here is not set up correctly. Close this tab.</source>
        <translation>De app die je hierheen stuurde, is niet goed ingesteld. Sluit dit tabblad.</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Kies een account</translation>
    </message>
    <message>
        <source>Go back and pick the HubSpot account to connect.</source>
        <translation>Ga terug en kies het HubSpot-account dat je wilt koppelen.</translation>
    </message>
</context>
<context>
    <name>sandbox.pages</name>
    <message>
        <source>Practice sandbox</source>
        <translation>Oefenmodus</translation>
    </message>
    <message>
        <source>Sign in to OpenCX</source>
        <translation>Inloggen bij OpenCX</translation>
    </message>
    <message>
        <source>The HubSpot setup assistant asks to use your OpenCX account for &lt;strong&gt;%1&lt;/strong&gt;.</source>
        <translation>De assistent voor het koppelen van HubSpot vraagt of hij je OpenCX-account mag gebruiken voor &lt;strong&gt;%1&lt;/strong&gt;.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Ingelogd als %1 (%2).</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Inloggen als %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>OpenCX practice sign-in</source>
        <translation>Oefenaanmelding bij OpenCX</translation>
    </message>
    <message>
        <source>(account %1)</source>
        <translation>(account %1)</translation>
    </message>
    <message>
        <source>Connect OpenCX to HubSpot</source>
        <translation>OpenCX koppelen aan HubSpot</translation>
    </message>
    <message>
        <source>Choose the HubSpot account</source>
        <translation>Kies het HubSpot-account</translation>
    </message>
    <message>
        <source>OpenCX will be able to:</source>
        <translation>OpenCX kan dan:</translation>
    </message>
    <message>
        <source>Connect app</source>
        <translation>App koppelen</translation>
    </message>
    <message>
        <source>HubSpot practice consent</source>
        <translation>Oefenscherm van HubSpot</translation>
    </message>
    <message>
        <source>Insufficient scopes were provided</source>
        <translation>Insufficient scopes were provided</translation>
    </message>
    <message>
        <source>Your user doesn&apos;t have access to all of the scopes this app requires. Contact a super admin of this account.</source>
        <translation>Je gebruiker heeft geen toegang tot alle machtigingen (scopes) die deze app vereist. Neem contact op met een superbeheerder van dit account.</translation>
    </message>
    <message>
        <source>This account doesn&apos;t have access to some HubSpot features that are required by this app</source>
        <translation>This account doesn&apos;t have access to some HubSpot features that are required by this app</translation>
    </message>
    <message>
        <source>Choose another account, or contact the app&apos;s developer.</source>
        <translation>Kies een ander account of neem contact op met de ontwikkelaar van de app.</translation>
    </message>
    <message>
        <source>You don&apos;t have permission to install apps</source>
        <translation>Je hebt geen toestemming om apps te installeren</translation>
    </message>
    <message>
        <source>Only super admins and users with App Marketplace Access can install apps in this account. Contact a super admin.</source>
        <translation>Alleen superbeheerders en gebruikers met Toegang tot App Marketplace kunnen apps installeren in dit account. Neem contact op met een superbeheerder.</translation>
    </message>
    <message>
        <source>Practice customer</source>
        <translation>Oefenklant</translation>
    </message>
    <message>
        <source>Scenario: &lt;strong&gt;%1&lt;/strong&gt;</source>
        <translation>Scenario: &lt;strong&gt;%1&lt;/strong&gt;</translation>
    </message>
    <message>
        <source>Sent. Watch the checklist.</source>
        <translation>Verstuurd. Houd de checklist in de gaten.</translation>
    </message>
    <message>
        <source>Could not send the message.</source>
        <translation>Het bericht kon niet worden verstuurd.</translation>
    </message>
    <message>
        <source>Send the test message a customer would send. Start the live checklist in the assistant first.</source>
        <translation>Stuur het testbericht dat een klant zou sturen. Start eerst de live checklist in de assistent.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat on the website</source>
        <translation>Chat op de website</translation>
    </message>
    <message>
        <source>Send a test message as a customer</source>
        <translation>Als klant een testbericht sturen</translation>
    </message>
    <message>
        <source>%1 (internal note)</source>
        <translation>%1 (interne opmerking)</translation>
    </message>
</context>
<context>
    <name>sandbox.signin_routes</name>
    <message>
        <source>This sign-in link is not valid</source>
        <translation>Deze inloglink is niet geldig</translation>
    </message>
    <message>
        <source>The application that sent you here is not known to OpenCX. Close this tab and start the sign-in again from the assistant.</source>
        <translation>De app die je hierheen stuurde, is niet bekend bij OpenCX. Sluit dit tabblad en begin opnieuw met inloggen vanuit de assistent.</translation>
    </message>
    <message>
        <source>This sign-in was already answered</source>
        <translation>Deze aanmelding is al afgehandeld</translation>
    </message>
    <message>
        <source>Go back to the assistant and start the sign-in again.</source>
        <translation>Ga terug naar de assistent en begin opnieuw met inloggen.</translation>
    </message>
</context>
<context>
    <name>sandbox.viewer_routes</name>
    <message>
        <source>No such conversation</source>
        <translation>Gesprek niet gevonden</translation>
    </message>
    <message>
        <source>This practice conversation does not exist.</source>
        <translation>Dit oefengesprek bestaat niet.</translation>
    </message>
    <message>
        <source>HubSpot conversation</source>
        <translation>HubSpot-gesprek</translation>
    </message>
    <message>
        <source>The practice portal&apos;s inbox: this thread&apos;s messages.</source>
        <translation>De inbox van het oefenaccount: de berichten in dit gesprek.</translation>
    </message>
    <message>
        <source>No such ticket</source>
        <translation>Ticket niet gevonden</translation>
    </message>
    <message>
        <source>This practice ticket does not exist.</source>
        <translation>Dit oefenticket bestaat niet.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>HubSpot ticket</source>
        <translation>HubSpot-ticket</translation>
    </message>
    <message>
        <source>The ticket OpenCX&apos;s handoff created.</source>
        <translation>Het ticket dat OpenCX bij de overdracht heeft aangemaakt.</translation>
    </message>
    <message>
        <source>No such session</source>
        <translation>Sessie niet gevonden</translation>
    </message>
    <message>
        <source>This practice session does not exist.</source>
        <translation>Deze oefensessie bestaat niet.</translation>
    </message>
    <message>
        <source>OpenCX session</source>
        <translation>OpenCX-sessie</translation>
    </message>
    <message>
        <source>The practice OpenCX inbox: the session made from the HubSpot conversation.</source>
        <translation>De oefeninbox van OpenCX: de sessie die van het HubSpot-gesprek is gemaakt.</translation>
    </message>
</context>
<context>
    <name>services.bounded_read</name>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kan niet worden gelezen (%2)</translation>
    </message>
    <message>
        <source>%1 is not a regular file (%2)</source>
        <translation>%1 is geen gewoon bestand (%2)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB</source>
        <translation>%1 is groter dan %2 KiB</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n byte(s)</source>
        <translation>
            <numerusform>%1 is groter dan %n byte</numerusform>
            <numerusform>%1 is groter dan %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>een map</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>een named pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>een apparaat</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>een socket</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>een symbolische koppeling</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>geen gewoon bestand</translation>
    </message>
</context>
<context>
    <name>services.browser_flow</name>
    <message>
        <source>Almost done</source>
        <translation>Bijna klaar</translation>
    </message>
    <message>
        <source>The answer arrived and the assistant is finishing the setup.</source>
        <translation>Het antwoord is binnen en de assistent rondt het instellen af.</translation>
    </message>
    <message>
        <source>Return to the app to see the result.</source>
        <translation>Ga terug naar de app om het resultaat te zien.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Return to the app: it explains what happened and lets you try again.</source>
        <translation>Ga terug naar de app: daar lees je wat er gebeurde en kun je het opnieuw proberen.</translation>
    </message>
    <message>
        <source>The assistant could not finish this step.</source>
        <translation>De assistent kon deze stap niet afronden.</translation>
    </message>
    <message>
        <source>You stopped waiting for the browser.</source>
        <translation>Je bent gestopt met wachten op de browser.</translation>
    </message>
    <message>
        <source>A new attempt replaced this one.</source>
        <translation>Een nieuwe poging heeft deze vervangen.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>An answer from an earlier browser tab was ignored. Finish in the newest tab.</source>
        <translation>Een antwoord uit een eerder browsertabblad is genegeerd. Rond het af in het nieuwste tabblad.</translation>
    </message>
</context>
<context>
    <name>services.errors</name>
    <message>
        <source>Your network is blocking the connection</source>
        <translation>Je netwerk blokkeert de verbinding</translation>
    </message>
    <message>
        <source>A proxy or security software on this network stopped the connection to %1, or changed it so it could not be trusted.</source>
        <translation>Een proxy of beveiligingssoftware op dit netwerk heeft de verbinding met %1 gestopt, of zo veranderd dat die niet meer te vertrouwen was.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach %1, or try another network.</source>
        <translation>Vraag je IT-afdeling om deze assistent toegang te geven tot %1, of probeer een ander netwerk.</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>%1 took too long to answer.</source>
        <translation>%1 deed te lang over het antwoord.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Controleer je internetverbinding en probeer het opnieuw. Blijft het gebeuren, exporteer dan een diagnosebestand voor OpenCX-support.</translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation>%1 is niet bereikbaar</translation>
    </message>
    <message>
        <source>This computer could not connect to %1, or the connection was interrupted.</source>
        <translation>Deze computer kon geen verbinding maken met %1, of de verbinding werd onderbroken.</translation>
    </message>
    <message>
        <source>Check that you are online, then try again.</source>
        <translation>Controleer of je online bent en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy needs a sign-in</source>
        <translation>De proxy van je netwerk vraagt om in te loggen</translation>
    </message>
    <message>
        <source>A proxy on this network asked for a password before letting the assistant through.</source>
        <translation>Een proxy op dit netwerk vroeg om een wachtwoord voordat de assistent verder mocht.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach OpenCX without a proxy sign-in.</source>
        <translation>Vraag je IT-afdeling om deze assistent zonder proxy-aanmelding toegang te geven tot OpenCX.</translation>
    </message>
    <message>
        <source>You are not an OpenCX owner or admin</source>
        <translation>Je bent geen eigenaar of beheerder in OpenCX</translation>
    </message>
    <message>
        <source>Only owners and admins of your OpenCX organization can change integrations.</source>
        <translation>Alleen eigenaren en beheerders van je OpenCX-organisatie kunnen integraties wijzigen.</translation>
    </message>
    <message>
        <source>Ask an owner of your OpenCX organization to make you an admin, or to run this setup.</source>
        <translation>Vraag een eigenaar van je OpenCX-organisatie om je beheerder te maken of om de koppeling zelf in te stellen.</translation>
    </message>
    <message>
        <source>HubSpot says the private app does not have these scopes: %1.</source>
        <translation>Volgens HubSpot mist de privé-app deze machtigingen (scopes): %1.</translation>
    </message>
    <message>
        <source>HubSpot says the private app does not have these scopes: (not listed).</source>
        <translation>Volgens HubSpot mist de privé-app deze machtigingen (scopes): (niet vermeld).</translation>
    </message>
    <message>
        <source>The private app is missing permissions</source>
        <translation>De privé-app mist machtigingen</translation>
    </message>
    <message>
        <source>HubSpot does not accept this token</source>
        <translation>HubSpot accepteert dit token niet</translation>
    </message>
    <message>
        <source>HubSpot did not accept the private app token.</source>
        <translation>HubSpot heeft het toegangstoken van de privé-app niet geaccepteerd.</translation>
    </message>
    <message>
        <source>OpenCX did not accept this value.</source>
        <translation>OpenCX heeft deze waarde niet geaccepteerd.</translation>
    </message>
    <message>
        <source>OpenCX did not accept this</source>
        <translation>OpenCX heeft dit niet geaccepteerd</translation>
    </message>
    <message>
        <source>OpenCX did not accept one of the values.</source>
        <translation>OpenCX heeft een van de waarden niet geaccepteerd.</translation>
    </message>
    <message>
        <source>Correct what the message names and try again.</source>
        <translation>Corrigeer wat in de melding staat en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>OpenCX refused the change because of the current setup.</source>
        <translation>OpenCX heeft de wijziging geweigerd vanwege de huidige instellingen.</translation>
    </message>
    <message>
        <source>Reload the page to see the current state, then try again.</source>
        <translation>Laad de pagina opnieuw om de huidige stand te zien en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>That approval has expired</source>
        <translation>Die goedkeuring is verlopen</translation>
    </message>
    <message>
        <source>OpenCX did not take the approval that came back from the browser: it was too old, was already used, or was not one OpenCX gave out.</source>
        <translation>OpenCX heeft de goedkeuring uit de browser niet aangenomen: die was te oud, al gebruikt, of niet door OpenCX uitgegeven.</translation>
    </message>
    <message>
        <source>Start again; approve in the browser within 10 minutes.</source>
        <translation>Begin opnieuw en keur binnen 10 minuten goed in de browser.</translation>
    </message>
    <message>
        <source>OpenCX asks to slow down</source>
        <translation>OpenCX vraagt om het rustiger aan te doen</translation>
    </message>
    <message>
        <source>Too many requests were sent to OpenCX in a short time.</source>
        <translation>Er zijn in korte tijd te veel verzoeken naar OpenCX gestuurd.</translation>
    </message>
    <message>
        <source>HubSpot did not answer OpenCX</source>
        <translation>HubSpot heeft OpenCX niet geantwoord</translation>
    </message>
    <message>
        <source>OpenCX asked HubSpot for information, and HubSpot refused or failed.</source>
        <translation>OpenCX vroeg HubSpot om gegevens, maar HubSpot weigerde of er ging iets mis.</translation>
    </message>
    <message>
        <source>%1 is having trouble</source>
        <translation>%1 heeft problemen</translation>
    </message>
    <message>
        <source>%1 could not finish this request because of a problem on its side.</source>
        <translation>%1 kon dit verzoek niet afronden door een probleem aan zijn kant.</translation>
    </message>
    <message>
        <source>OpenCX refused the request</source>
        <translation>OpenCX heeft het verzoek geweigerd</translation>
    </message>
    <message>
        <source>The OpenCX API key you signed in with is limited to some permissions, and this step needs more. OpenCX says it is missing the permission “%1”.</source>
        <translation>De OpenCX-API-sleutel waarmee je bent ingelogd, heeft maar een deel van de machtigingen, en deze stap heeft er meer nodig. Volgens OpenCX ontbreekt de machtiging “%1”.</translation>
    </message>
    <message>
        <source>The OpenCX API key you signed in with is limited to some permissions, and this step needs more. Setting up the HubSpot integration needs a key with full access.</source>
        <translation>De OpenCX-API-sleutel waarmee je bent ingelogd, heeft maar een deel van de machtigingen, en deze stap heeft er meer nodig. Voor het instellen van de HubSpot-integratie is een sleutel met volledige toegang nodig.</translation>
    </message>
    <message>
        <source>This OpenCX API key is not allowed to do this</source>
        <translation>Deze OpenCX-API-sleutel mag dit niet</translation>
    </message>
    <message>
        <source>In OpenCX, open Settings → Access (%1), create an API key with full access, then sign in with that key instead.</source>
        <translation>Open in OpenCX “Settings → Access” (%1), maak een API-sleutel met volledige toegang en log daarna met die sleutel in.</translation>
    </message>
    <message>
        <source>HubSpot is not connected</source>
        <translation>HubSpot is niet gekoppeld</translation>
    </message>
    <message>
        <source>HubSpot is already connected</source>
        <translation>HubSpot is al gekoppeld</translation>
    </message>
    <message>
        <source>HubSpot needs you to reconnect</source>
        <translation>HubSpot vraagt je opnieuw te koppelen</translation>
    </message>
    <message>
        <source>There is already a signature for this domain</source>
        <translation>Er is al een handtekening voor dit domein</translation>
    </message>
    <message>
        <source>This does not fit the current setup</source>
        <translation>Dit past niet bij de huidige instellingen</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Probeer het opnieuw. Blijft het gebeuren, exporteer dan een diagnosebestand voor OpenCX-support.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, export diagnostics for support.</source>
        <translation>Probeer het over een paar minuten opnieuw. Blijft het gebeuren, exporteer dan een diagnosebestand voor OpenCX-support.</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation>Wacht een minuut en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Copy the token again from the private app&apos;s Auth tab in HubSpot.</source>
        <translation>Kopieer het token opnieuw in HubSpot, op het tabblad Auth van de privé-app.</translation>
    </message>
    <message>
        <source>In HubSpot, open the private app&apos;s Scopes tab, tick the missing scopes, commit the changes, then try again.</source>
        <translation>Open in HubSpot het tabblad Scopes van de privé-app, vink de ontbrekende machtigingen aan, klik op Wijzigingen doorvoeren en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>HubSpot did not accept the private app token. It may have been rotated or deleted.</source>
        <translation>HubSpot heeft het toegangstoken van de privé-app niet geaccepteerd. Misschien is het vervangen of verwijderd.</translation>
    </message>
    <message>
        <source>HubSpot refused the private app</source>
        <translation>HubSpot heeft de privé-app geweigerd</translation>
    </message>
    <message>
        <source>HubSpot knows the token but refused the request: the HubSpot user who created the private app no longer has access to this portal.</source>
        <translation>HubSpot kent het token, maar weigerde het verzoek: de HubSpot-gebruiker die de privé-app heeft gemaakt, heeft geen toegang meer tot dit account.</translation>
    </message>
    <message>
        <source>Ask a HubSpot super admin to give that user their access back (Settings → Users &amp; Teams), then try again. If that user is gone for good, connect with HubSpot instead of the legacy app.</source>
        <translation>Vraag een superbeheerder in HubSpot om die gebruiker weer toegang te geven (Instellingen → Gebruikers en teams) en probeer het opnieuw. Is die gebruiker definitief weg, koppel dan met HubSpot in plaats van met de verouderde app.</translation>
    </message>
    <message>
        <source>HubSpot refused the request because the private app lacks a scope: %1.</source>
        <translation>HubSpot weigerde het verzoek omdat de privé-app een machtiging (scope) mist: %1.</translation>
    </message>
    <message>
        <source>HubSpot refused the request because the private app lacks a scope.</source>
        <translation>HubSpot weigerde het verzoek omdat de privé-app een machtiging (scope) mist.</translation>
    </message>
    <message>
        <source>HubSpot asks to slow down</source>
        <translation>HubSpot vraagt om het rustiger aan te doen</translation>
    </message>
    <message>
        <source>Too many requests were sent to HubSpot in a short time (the daily limit was reached).</source>
        <translation>Er zijn in korte tijd te veel verzoeken naar HubSpot gestuurd (de daglimiet is bereikt).</translation>
    </message>
    <message>
        <source>Too many requests were sent to HubSpot in a short time.</source>
        <translation>Er zijn in korte tijd te veel verzoeken naar HubSpot gestuurd.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach HubSpot.</source>
        <translation>Vraag je IT-afdeling om deze assistent toegang te geven tot HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot is moving this account</source>
        <translation>HubSpot verhuist dit account</translation>
    </message>
    <message>
        <source>HubSpot is moving this portal&apos;s data to another data centre and refuses changes until it is done.</source>
        <translation>HubSpot verhuist de gegevens van dit account naar een ander datacenter en weigert wijzigingen tot dat klaar is.</translation>
    </message>
    <message>
        <source>Try again later; a move can take up to a day.</source>
        <translation>Probeer het later opnieuw; een verhuizing kan tot een dag duren.</translation>
    </message>
    <message>
        <source>%1 answered in an unexpected way</source>
        <translation>%1 gaf een onverwacht antwoord</translation>
    </message>
    <message>
        <source>The answer from %1 was not what the assistant expected.</source>
        <translation>Het antwoord van %1 was niet wat de assistent verwachtte.</translation>
    </message>
</context>
<context>
    <name>services.file_writes</name>
    <message>
        <source>The folder %1 cannot be written: it is read-only for you.</source>
        <translation>In de map %1 kan niet worden geschreven: je hebt er alleen leesrechten.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: it is on a read-only disk.</source>
        <translation>In de map %1 kan niet worden geschreven: die staat op een alleen-lezen schijf.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: the disk is full.</source>
        <translation>In de map %1 kan niet worden geschreven: de schijf is vol.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: your disk quota is used up.</source>
        <translation>In de map %1 kan niet worden geschreven: je schijfquotum is op.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: a file is in the way of it.</source>
        <translation>In de map %1 kan niet worden geschreven: er staat een bestand op die plek.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: %2.</source>
        <translation>In de map %1 kan niet worden geschreven: %2.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: this computer refused it.</source>
        <translation>In de map %1 kan niet worden geschreven: de computer weigerde het.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is geen bestand.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 is een map.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 is geen gewoon bestand.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n byte(s).</source>
        <translation>
            <numerusform>%1 is groter dan %n byte.</numerusform>
            <numerusform>%1 is groter dan %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.loopback</name>
    <message>
        <source>Nothing here</source>
        <translation>Hier is niets</translation>
    </message>
    <message>
        <source>This address is not part of the sign-in.</source>
        <translation>Dit adres hoort niet bij het inloggen.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>The browser sent more than expected.</source>
        <translation>De browser stuurde meer dan verwacht.</translation>
    </message>
    <message>
        <source>The browser sent the answer in an unknown form.</source>
        <translation>De browser stuurde het antwoord in een onbekende vorm.</translation>
    </message>
    <message>
        <source>This link has expired</source>
        <translation>Deze link is verlopen</translation>
    </message>
    <message>
        <source>This page belongs to an earlier or different attempt, so it was not used.</source>
        <translation>Deze pagina hoort bij een eerdere of andere poging en is daarom niet gebruikt.</translation>
    </message>
    <message>
        <source>Go back to the app and finish in the newest browser tab it opened.</source>
        <translation>Ga terug naar de app en rond het af in het nieuwste browsertabblad dat die heeft geopend.</translation>
    </message>
    <message>
        <source>This took too long</source>
        <translation>Dit duurde te lang</translation>
    </message>
    <message>
        <source>The browser did not finish sending the page.</source>
        <translation>De browser heeft de pagina niet helemaal verstuurd.</translation>
    </message>
    <message>
        <source>The browser sent an incomplete page.</source>
        <translation>De browser stuurde een onvolledige pagina.</translation>
    </message>
    <message>
        <source>The address was too long.</source>
        <translation>Het adres was te lang.</translation>
    </message>
    <message>
        <source>The browser spoke an unknown protocol version.</source>
        <translation>De browser gebruikte een onbekende protocolversie.</translation>
    </message>
    <message>
        <source>This attempt was stopped</source>
        <translation>Deze poging is gestopt</translation>
    </message>
    <message>
        <source>The assistant is no longer waiting for this page.</source>
        <translation>De assistent wacht niet meer op deze pagina.</translation>
    </message>
    <message>
        <source>Return to the app to start again.</source>
        <translation>Ga terug naar de app om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>Nothing is waiting for an address right now. Start the sign-in or connect again.</source>
        <translation>Er wacht nu niets op een adres. Begin opnieuw met inloggen of koppelen.</translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar (it starts with http).</source>
        <translation>Plak het hele adres uit de adresbalk van de browser (het begint met http).</translation>
    </message>
    <message>
        <source>That address belongs to an earlier or different attempt. Paste the address of the newest browser tab.</source>
        <translation>Dat adres hoort bij een eerdere of andere poging. Plak het adres van het nieuwste browsertabblad.</translation>
    </message>
    <message>
        <source>That is not the address of the last page. Copy the address of the page the browser ended on (it starts with %1).</source>
        <translation>Dat is niet het adres van de laatste pagina. Kopieer het adres van de pagina waarop de browser eindigde (het begint met %1).</translation>
    </message>
</context>
<context>
    <name>services.opencx_port</name>
    <message>
        <source>You are signed in to OpenCX</source>
        <translation>Je bent ingelogd bij OpenCX</translation>
    </message>
    <message>
        <source>HubSpot is connected to OpenCX</source>
        <translation>HubSpot is gekoppeld aan OpenCX</translation>
    </message>
    <message>
        <source>You can close this tab and go back to the setup assistant.</source>
        <translation>Je kunt dit tabblad sluiten en teruggaan naar de assistent.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Bellen</translation>
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
        <translation>Het diagnosebestand kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved</source>
        <translation>Het diagnosebestand kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>The answers file could not be saved</source>
        <translation>Het antwoordbestand kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>It could not be written to %1 (%2).</source>
        <translation>Het kon niet worden geschreven naar %1 (%2).</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, such as Documents, and try again.</source>
        <translation>Kies een map waarin je kunt schrijven, zoals Documenten, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A folder on this computer cannot be written</source>
        <translation>In een map op deze computer kan niet worden geschreven</translation>
    </message>
    <message>
        <source>Make the folder writable for your user (or free some disk space), then try again; nothing was changed.</source>
        <translation>Zorg dat je gebruiker in de map mag schrijven (of maak schijfruimte vrij) en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>A setting cannot be used</source>
        <translation>Een instelling is niet bruikbaar</translation>
    </message>
    <message>
        <source>Correct the option, the %1 / %2 variable or the settings file, then start again.</source>
        <translation>Corrigeer de optie, de variabele %1 / %2 of het instellingenbestand en start opnieuw.</translation>
    </message>
    <message>
        <source>The language could not be kept</source>
        <translation>De taal kon niet worden bewaard</translation>
    </message>
    <message>
        <source>Correct or remove the settings file it names, then choose the language again.</source>
        <translation>Corrigeer of verwijder het genoemde instellingenbestand en kies de taal daarna opnieuw.</translation>
    </message>
    <message>
        <source>Another setup is running</source>
        <translation>Er loopt al een andere installatie</translation>
    </message>
    <message>
        <source>Wait until it has finished, then start again; nothing was changed.</source>
        <translation>Wacht tot die klaar is en start dan opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>De oefenmodus kon niet starten</translation>
    </message>
    <message>
        <source>Check the scenario name (%1 lists them).</source>
        <translation>Controleer de naam van het scenario (%1 toont ze allemaal).</translation>
    </message>
    <message>
        <source>The practice customer could not send the message</source>
        <translation>De oefenklant kon het bericht niet versturen</translation>
    </message>
    <message>
        <source>The built-in practice portal did not accept the test message.</source>
        <translation>Het ingebouwde oefenaccount heeft het testbericht niet aangenomen.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the assistant.</source>
        <translation>Probeer het opnieuw. Lukt het steeds niet, start de assistent dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>services.progress</name>
    <message>
        <source>Your saved progress could not be read, so the setup starts from the beginning. Nothing in OpenCX or HubSpot was changed.</source>
        <translation>Je opgeslagen voortgang kon niet worden gelezen, dus het instellen begint opnieuw. Er is niets gewijzigd in OpenCX of HubSpot.</translation>
    </message>
    <message>
        <source>Your saved progress was made by a different version of this assistant, so the setup starts from the beginning. Anything already connected will be found again.</source>
        <translation>Je opgeslagen voortgang komt van een andere versie van deze assistent, dus het instellen begint opnieuw. Wat al gekoppeld is, wordt weer gevonden.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved in %1 (%2).</source>
        <translation>Je voortgang kan niet worden opgeslagen in %1 (%2).</translation>
    </message>
</context>
<context>
    <name>services.result_page</name>
    <message>
        <source>en</source>
        <comment>The language code of the browser page (de, fr, es, nl, pt-BR): not a sentence</comment>
        <translation>nl</translation>
    </message>
    <message>
        <source>You can close this tab and return to %1.</source>
        <translation>Je kunt dit tabblad sluiten en teruggaan naar %1.</translation>
    </message>
</context>
<context>
    <name>services.secrets</name>
    <message>
        <source>This computer has no secure password storage that the assistant can use, so your sign-in and tokens are kept only while the assistant is open. You will need to sign in again next time.</source>
        <translation>Deze computer heeft geen veilige wachtwoordkluis die de assistent kan gebruiken. Je aanmelding en toegangssleutels worden daarom alleen bewaard zolang de assistent open is. De volgende keer moet je opnieuw inloggen.</translation>
    </message>
    <message>
        <source>The system keychain refused to store a secret, so it is kept only while the assistant is open. Unlock your keychain and try again to keep it.</source>
        <translation>De wachtwoordkluis van de computer weigerde een sleutel op te slaan; die wordt daarom alleen bewaard zolang de assistent open is. Ontgrendel je wachtwoordkluis en probeer het opnieuw om de sleutel te bewaren.</translation>
    </message>
</context>
<context>
    <name>services.settings</name>
    <message>
        <source>%1 must be a web address such as %2.</source>
        <translation>%1 moet een webadres zijn, zoals %2.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation>%1 mag geen gebruikersnaam of wachtwoord bevatten.</translation>
    </message>
    <message>
        <source>%1 must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation>%1 mag geen &apos;?&apos; of &apos;#&apos; bevatten.</translation>
    </message>
    <message>
        <source>%1 must start with https:// (plain http is only allowed for this computer, 127.0.0.1 or localhost).</source>
        <translation>%1 moet beginnen met https:// (gewoon http mag alleen voor deze computer: 127.0.0.1 of localhost).</translation>
    </message>
    <message>
        <source>%1 has a port that is not a number from 1 to 65535.</source>
        <translation>%1 heeft een poort die geen getal van 1 tot en met 65535 is.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 moet een van deze waarden zijn: %2.</translation>
    </message>
    <message>
        <source>The OpenCX URL</source>
        <translation>De OpenCX-URL</translation>
    </message>
    <message>
        <source>The HubSpot API URL</source>
        <translation>De HubSpot-API-URL</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a setting (where it came from)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The assistant does not speak the language “%1”. Use one of %2.</source>
        <translation>De assistent spreekt de taal “%1” niet. Gebruik een van deze: %2.</translation>
    </message>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>Het instellingenbestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The settings file %1 is not a file.</source>
        <translation>Het instellingenbestand %1 is geen bestand.</translation>
    </message>
    <message>
        <source>The settings file %1 is too large to be a settings file (more than %2 KiB).</source>
        <translation>Het instellingenbestand %1 is te groot voor een instellingenbestand (meer dan %2 KiB).</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (%2).</source>
        <translation>Het instellingenbestand %1 kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>The settings file %1 is not UTF-8 text; save it as UTF-8.</source>
        <translation>Het instellingenbestand %1 is geen UTF-8-tekst; sla het op als UTF-8.</translation>
    </message>
    <message>
        <source>The settings file %1 is not valid TOML: %2.</source>
        <translation>Het instellingenbestand %1 is geen geldige TOML: %2.</translation>
    </message>
    <message>
        <source>The settings file %1 is nested too deeply.</source>
        <translation>Het instellingenbestand %1 is te diep genest.</translation>
    </message>
    <message>
        <source>The settings file %1 has unknown settings: %2. Known: %3.</source>
        <translation>Het instellingenbestand %1 bevat onbekende instellingen: %2. Bekend zijn: %3.</translation>
    </message>
    <message>
        <source>In %1, these settings must be text: %2.</source>
        <translation>In %1 moeten deze instellingen tekst zijn: %2.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>uit %1</translation>
    </message>
    <message>
        <source>from the %1 environment variable</source>
        <translation>uit de omgevingsvariabele %1</translation>
    </message>
</context>
<context>
    <name>services.writer_lock</name>
    <message>
        <source>The setup window is open; close it or wait.</source>
        <translation>Het venster van de assistent is open; sluit het of wacht.</translation>
    </message>
    <message>
        <source>Another &quot;apply&quot; command is running (process %1); wait for it to finish.</source>
        <translation>Er draait al een andere “apply”-opdracht (proces %1); wacht tot die klaar is.</translation>
    </message>
    <message>
        <source>Another &quot;apply&quot; command is running; wait for it to finish.</source>
        <translation>Er draait al een andere “apply”-opdracht; wacht tot die klaar is.</translation>
    </message>
    <message>
        <source>Another setup is running for your user; wait for it to finish.</source>
        <translation>Er loopt al een andere installatie voor je gebruiker; wacht tot die klaar is.</translation>
    </message>
</context>
</TS>
