<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AutopilotPage</name>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Autopilot is switched on or off per channel. When it is off for a channel, OpenCX still stores that channel&apos;s conversations but does not reply to them.</source>
        <translation>Autopilot s&apos;active ou se désactive canal par canal. Quand il est désactivé pour un canal, OpenCX enregistre quand même les conversations de ce canal, mais n&apos;y répond pas.</translation>
    </message>
    <message>
        <source>I will send the &amp;test message by:</source>
        <translation>J&apos;enverrai le message de &amp;test par&#xa0;:</translation>
    </message>
    <message>
        <source>Channel for the test message</source>
        <translation>Canal du message de test</translation>
    </message>
    <message>
        <source>Autopilot per channel</source>
        <translation>Autopilot par canal</translation>
    </message>
    <message>
        <source>Turns Autopilot on for the channel you will test on</source>
        <translation>Active Autopilot pour le canal de votre test</translation>
    </message>
    <message>
        <source>T&amp;urn it on</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Reads the Autopilot settings again</source>
        <translation>Relit les paramètres d&apos;Autopilot</translation>
    </message>
    <message>
        <source>&amp;Read again from OpenCX</source>
        <translation>Re&amp;lire depuis OpenCX</translation>
    </message>
</context>
<context>
    <name>LegacyAppContent</name>
    <message>
        <source>Open the legacy app your portal already has in HubSpot, check each item below, and tick it here when it matches. Keep this window open beside your browser.</source>
        <translation>Ouvrez dans HubSpot l&apos;application héritée que votre compte possède déjà, vérifiez chaque point ci-dessous et cochez-le ici quand il correspond. Gardez cette fenêtre ouverte à côté de votre navigateur.</translation>
    </message>
    <message>
        <source>No legacy app in your portal?</source>
        <translation>Pas d&apos;application héritée dans votre compte&#xa0;?</translation>
    </message>
    <message>
        <source>Connect with &amp;HubSpot instead</source>
        <translation>Connecter plutôt à &amp;HubSpot</translation>
    </message>
    <message>
        <source>On the app&apos;s Scopes tab. Add any that are missing.</source>
        <translation>Dans l&apos;onglet «&#xa0;Champs d&apos;application&#xa0;» de l&apos;application. Ajoutez celles qui manquent.</translation>
    </message>
    <message>
        <source>Required scopes</source>
        <translation>Autorisations requises</translation>
    </message>
    <message>
        <source>Copies the scopes to paste in HubSpot</source>
        <translation>Copie les autorisations à coller dans HubSpot</translation>
    </message>
    <message>
        <source>Copy &amp;scopes</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>On the app&apos;s Webhooks tab, as its target URL. Keep this address private, like a password. Set event throttling high enough for your conversation volume.</source>
        <translation>Dans l&apos;onglet «&#xa0;Webhooks&#xa0;» de l&apos;application, comme URL cible. Gardez cette adresse secrète, comme un mot de passe. Réglez la limitation des événements assez haut pour votre volume de conversations.</translation>
    </message>
    <message>
        <source>Loading the webhook URL from OpenCX…</source>
        <translation>Chargement de l&apos;URL du webhook depuis OpenCX…</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Copies the webhook URL to paste in HubSpot</source>
        <translation>Copie l&apos;URL du webhook à coller dans HubSpot</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copier l&apos;&amp;URL</translation>
    </message>
    <message>
        <source>On the same Webhooks tab, under HubSpot&apos;s names. The third is a ticket subscription: look under Ticket, not Conversation.</source>
        <translation>Dans le même onglet «&#xa0;Webhooks&#xa0;», sous les noms utilisés par HubSpot. Le troisième est un abonnement de ticket&#xa0;: cherchez-le sous Ticket, pas sous Conversation.</translation>
    </message>
    <message>
        <source>Webhook subscriptions the app needs</source>
        <translation>Abonnements webhook nécessaires à l&apos;application</translation>
    </message>
    <message>
        <source>On the next page you paste the app&apos;s access token (Auth tab → Show token → Copy).</source>
        <translation>À la page suivante, vous collerez le jeton d&apos;accès de l&apos;application (onglet Authentification → Afficher le jeton → Copier).</translation>
    </message>
</context>
<context>
    <name>LegacyCredentialsContent</name>
    <message>
        <source>1. The private app&apos;s access token</source>
        <translation>1. Le jeton d&apos;accès de l&apos;application privée</translation>
    </message>
    <message>
        <source>In HubSpot, open your legacy app, go to the Auth tab, click Show token, then Copy, and paste it here. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Dans HubSpot, ouvrez votre application héritée, allez dans l&apos;onglet «&#xa0;Authentification&#xa0;», cliquez sur Afficher le jeton, puis sur Copier, et collez-le ici. Il est conservé dans le trousseau de mots de passe de l&apos;ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>pat-na1-…</source>
        <translation>pat-na1-…</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Jeton d&apos;accès de l&apos;application privée</translation>
    </message>
    <message>
        <source>Checks the token with HubSpot</source>
        <translation>Vérifie le jeton auprès de HubSpot</translation>
    </message>
    <message>
        <source>&amp;Check token</source>
        <translation>&amp;Vérifier le jeton</translation>
    </message>
    <message>
        <source>2. The default user</source>
        <translation>2. L&apos;utilisateur par défaut</translation>
    </message>
    <message>
        <source>OpenCX acts as this HubSpot user, for example when it posts replies. Pick a teammate from your portal.</source>
        <translation>OpenCX agit au nom de cet utilisateur HubSpot, par exemple quand il publie des réponses. Choisissez un membre de l&apos;équipe de votre compte.</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <source>Or type the &amp;user ID:</source>
        <translation>Ou saisissez l&apos;&amp;ID utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>12345678 or the profile address</source>
        <translation>12345678 ou l&apos;adresse du profil</translation>
    </message>
    <message>
        <source>HubSpot user ID or profile address</source>
        <translation>ID utilisateur HubSpot ou adresse du profil</translation>
    </message>
    <message>
        <source>Uses the typed user ID as the default user</source>
        <translation>Utilise l&apos;ID saisi comme utilisateur par défaut</translation>
    </message>
    <message>
        <source>Use &amp;this ID</source>
        <translation>&amp;Utiliser cet ID</translation>
    </message>
    <message>
        <source>Saves the token and the default user in OpenCX</source>
        <translation>Enregistre le jeton et l&apos;utilisateur par défaut dans OpenCX</translation>
    </message>
    <message>
        <source>&amp;Save in OpenCX</source>
        <translation>&amp;Enregistrer dans OpenCX</translation>
    </message>
</context>
<context>
    <name>ManagePage</name>
    <message>
        <source>HubSpot connection</source>
        <translation>Connexion HubSpot</translation>
    </message>
    <message>
        <source>This HubSpot portal is already connected to OpenCX. Change what you need, or run the test message again.</source>
        <translation>Ce compte HubSpot est déjà connecté à OpenCX. Modifiez ce dont vous avez besoin, ou relancez le test.</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Action recommandée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>HubSpot portal</source>
        <translation>Compte HubSpot</translation>
    </message>
    <message>
        <source>OpenCX organization</source>
        <translation>Organisation OpenCX</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>L&apos;IA publie au nom de</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>Signatures d&apos;e-mail</translation>
    </message>
    <message>
        <source>Last test message</source>
        <translation>Dernier message de test</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change who the AI &amp;posts as</source>
        <translation>Modifier l&apos;ex&amp;péditeur de l&apos;IA</translation>
    </message>
    <message>
        <source>Change who the AI posts as</source>
        <translation>Modifier l&apos;expéditeur de l&apos;IA</translation>
    </message>
    <message>
        <source>Change &amp;Autopilot</source>
        <translation>Modifier &amp;Autopilot</translation>
    </message>
    <message>
        <source>Change Autopilot per channel</source>
        <translation>Modifier Autopilot canal par canal</translation>
    </message>
    <message>
        <source>Email &amp;signatures</source>
        <translation>&amp;Signatures d&apos;e-mail</translation>
    </message>
    <message>
        <source>Edit email signatures</source>
        <translation>Modifier les signatures d&apos;e-mail</translation>
    </message>
    <message>
        <source>Runs the test message checklist again</source>
        <translation>Relance la liste de vérification du message de test</translation>
    </message>
    <message>
        <source>&amp;Run the test again</source>
        <translation>Re&amp;lancer le test</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>OpenCX stops reading and answering this portal&apos;s conversations. Existing OpenCX sessions stay available.</source>
        <translation>OpenCX cesse de lire les conversations de ce compte et d&apos;y répondre. Les sessions OpenCX existantes restent disponibles.</translation>
    </message>
    <message>
        <source>Disco&amp;nnect…</source>
        <translation>Dé&amp;connecter…</translation>
    </message>
    <message>
        <source>Disconnect HubSpot from OpenCX</source>
        <translation>Déconnecter HubSpot d&apos;OpenCX</translation>
    </message>
</context>
<context>
    <name>MethodContent</name>
    <message>
        <source>Choose how OpenCX connects to your HubSpot portal.</source>
        <translation>Choisissez comment OpenCX se connecte à votre compte HubSpot.</translation>
    </message>
    <message>
        <source>Confirm switching the connection method</source>
        <translation>Confirmer le changement de méthode de connexion</translation>
    </message>
    <message>
        <source>Disconnects the portal, then switches the connection method</source>
        <translation>Déconnecte le compte, puis change de méthode de connexion</translation>
    </message>
    <message>
        <source>Disconnect and s&amp;witch</source>
        <translation>Déconnecter et &amp;changer</translation>
    </message>
    <message>
        <source>&amp;Keep the current connection</source>
        <translation>&amp;Garder la connexion actuelle</translation>
    </message>
    <message>
        <source>Keep the current connection</source>
        <translation>Garder la connexion actuelle</translation>
    </message>
    <message>
        <source>What&apos;s the difference between the two ways to connect?</source>
        <translation>Quelle est la différence entre les deux façons de se connecter&#xa0;?</translation>
    </message>
    <message>
        <source>Comparison of the two connection methods</source>
        <translation>Comparaison des deux méthodes de connexion</translation>
    </message>
    <message>
        <source>Workflow actions (pause, resume, send to AI, request handoff) are available only with Connect with HubSpot.</source>
        <translation>Les actions de workflow (mettre en pause, reprendre, envoyer à l&apos;IA, demander un transfert) ne sont disponibles qu&apos;avec «&#xa0;Connecter à HubSpot&#xa0;».</translation>
    </message>
</context>
<context>
    <name>OAuthConnectContent</name>
    <message>
        <source>Connect in the browser</source>
        <translation>Connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>✓ Connected with HubSpot</source>
        <translation>✓ Connecté à HubSpot</translation>
    </message>
    <message>
        <source>Connected with HubSpot</source>
        <translation>Connecté à HubSpot</translation>
    </message>
</context>
<context>
    <name>PrerequisitesContent</name>
    <message>
        <source>Connect your HubSpot portal to OpenCX so the AI answers your customers in HubSpot.</source>
        <translation>Connectez votre compte HubSpot à OpenCX pour que l&apos;IA réponde à vos clients dans HubSpot.</translation>
    </message>
    <message>
        <source>When a conversation needs a person, OpenCX hands it to your team. Setup takes about ten minutes; you can close this assistant at any time and it reopens where you stopped.</source>
        <translation>Quand une conversation a besoin d&apos;une personne, OpenCX la transfère à votre équipe. La configuration prend environ dix minutes&#xa0;; vous pouvez fermer cet assistant à tout moment, il reprendra là où vous vous êtes arrêté.</translation>
    </message>
    <message>
        <source>Make sure that:</source>
        <translation>Vérifiez que&#xa0;:</translation>
    </message>
    <message>
        <source>Prerequisites checklist</source>
        <translation>Liste de vérification des prérequis</translation>
    </message>
    <message>
        <source>Items marked &quot;checked automatically&quot; were confirmed by OpenCX or HubSpot; the assistant checks the others again as soon as it can.</source>
        <translation>Les points marqués «&#xa0;Vérifié automatiquement&#xa0;» ont été confirmés par OpenCX ou HubSpot&#xa0;; l&apos;assistant revérifie les autres dès qu&apos;il le peut.</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Who the AI posts as</source>
        <translation>Au nom de qui l&apos;IA publie</translation>
    </message>
    <message>
        <source>Pick the HubSpot teammate OpenCX attributes its replies to: click a name and it is saved. Customers see this teammate&apos;s name on email replies. A dedicated AI teammate (for example &quot;Acme Assistant&quot;) makes it clear that a reply came from the AI.</source>
        <translation>Choisissez le membre de l&apos;équipe HubSpot au nom duquel OpenCX publie ses réponses&#xa0;: cliquez sur un nom, il est enregistré aussitôt. Les clients voient le nom de ce membre de l&apos;équipe dans les réponses par e-mail. Un membre dédié à l&apos;IA (par exemple «&#xa0;Assistant Acme&#xa0;») montre clairement qu&apos;une réponse vient de l&apos;IA.</translation>
    </message>
    <message>
        <source>The AI does not post as anyone yet.</source>
        <translation>L&apos;IA ne publie encore au nom de personne.</translation>
    </message>
    <message>
        <source>Reads the teammates from HubSpot again</source>
        <translation>Relit la liste des membres de l&apos;équipe dans HubSpot</translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation>&amp;Actualiser la liste</translation>
    </message>
</context>
<context>
    <name>SignInContent</name>
    <message>
        <source>Sign in with the OpenCX account you use for the dashboard. Your browser opens on the OpenCX sign-in page; after you sign in there, come back here: this window continues on its own.</source>
        <translation>Connectez-vous avec le compte OpenCX que vous utilisez pour le tableau de bord. Votre navigateur s&apos;ouvre sur la page de connexion d&apos;OpenCX&#xa0;; une fois connecté, revenez ici&#xa0;: cette fenêtre continue toute seule.</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Use an &amp;API key instead</source>
        <translation>Utiliser plutôt une clé &amp;API</translation>
    </message>
    <message>
        <source>Use an API key instead</source>
        <translation>Utiliser plutôt une clé API</translation>
    </message>
    <message>
        <source>API key sign-in</source>
        <translation>Connexion par clé API</translation>
    </message>
    <message>
        <source>Create an API key in the OpenCX dashboard (Settings → Access) and paste it here. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Créez une clé API dans le tableau de bord OpenCX («&#xa0;Settings → Access&#xa0;») et collez-la ici. Elle est conservée dans le trousseau de mots de passe de l&apos;ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>ocx_key_…</source>
        <translation>ocx_key_…</translation>
    </message>
    <message>
        <source>OpenCX API key</source>
        <translation>Clé API OpenCX</translation>
    </message>
    <message>
        <source>Sign in with &amp;key</source>
        <translation>Se connecter avec la &amp;clé</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se déc&amp;onnecter</translation>
    </message>
    <message>
        <source>Sign out of OpenCX</source>
        <translation>Se déconnecter d&apos;OpenCX</translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>Signatures d&apos;e-mail</translation>
    </message>
    <message>
        <source>Signatures are added to the AI&apos;s email replies by the sender&apos;s email domain. Use a domain such as &lt;b&gt;open.cx&lt;/b&gt; for one domain, or &lt;b&gt;*.nl&lt;/b&gt; for every address ending in .nl. An exact domain always wins over a wildcard. This step is optional.</source>
        <translation>Les signatures sont ajoutées aux réponses de l&apos;IA par e-mail selon le domaine de l&apos;adresse d&apos;envoi. Indiquez un domaine comme &lt;b&gt;open.cx&lt;/b&gt; pour un seul domaine, ou &lt;b&gt;*.nl&lt;/b&gt; pour toutes les adresses qui se terminent par .nl. Un domaine exact l&apos;emporte toujours sur un caractère générique. Cette étape est facultative.</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>Règ&amp;les</translation>
    </message>
    <message>
        <source>Signature rules</source>
        <translation>Règles de signature</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a signature rule</source>
        <translation>Ajouter une règle de signature</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected signature rule</source>
        <translation>Supprimer la règle de signature sélectionnée</translation>
    </message>
    <message>
        <source>Domain &amp;pattern</source>
        <translation>Modèle de d&amp;omaine</translation>
    </message>
    <message>
        <source>open.cx or *.nl</source>
        <translation>open.cx ou *.nl</translation>
    </message>
    <message>
        <source>Domain pattern</source>
        <translation>Modèle de domaine</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>Si&amp;gnature</translation>
    </message>
    <message>
        <source>Pre&amp;view (what will be saved)</source>
        <translation>A&amp;perçu (tel qu&apos;enregistré)</translation>
    </message>
    <message>
        <source>Edit the &amp;HTML (advanced: paste a signature made elsewhere)</source>
        <translation>Modifier le &amp;HTML (avancé&#xa0;: coller une signature créée ailleurs)</translation>
    </message>
    <message>
        <source>Signature HTML: paste it here, or change it. Scripts and anything that loads from the internet are removed.</source>
        <translation>HTML de la signature&#xa0;: collez-le ici ou modifiez-le. Les scripts et tout ce qui se charge depuis Internet sont supprimés.</translation>
    </message>
    <message>
        <source>Signature HTML</source>
        <translation>HTML de la signature</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kind regards,&lt;br&gt;The Acme team&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cordialement,&lt;br&gt;L&apos;équipe Acme&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saves the signature rule in OpenCX</source>
        <translation>Enregistre la règle de signature dans OpenCX</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Enregistrer la règle</translation>
    </message>
    <message>
        <source>&amp;Which signature would an email from this address get?</source>
        <translation>&amp;Quelle signature recevrait un e-mail de cette adresse&#xa0;?</translation>
    </message>
    <message>
        <source>anna@shop.nl</source>
        <translation>anna@shop.nl</translation>
    </message>
    <message>
        <source>Email address to test</source>
        <translation>Adresse e-mail à tester</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>AI posts as</source>
        <translation>L&apos;IA publie au nom de</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>This is what was set up. You can change any of it later by opening this assistant again.</source>
        <translation>Voici ce qui a été configuré. Vous pourrez tout modifier plus tard en rouvrant cet assistant.</translation>
    </message>
    <message>
        <source>What was set up</source>
        <translation>Ce qui a été configuré</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>HubSpot portal</source>
        <translation>Compte HubSpot</translation>
    </message>
    <message>
        <source>OpenCX organization</source>
        <translation>Organisation OpenCX</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>Signatures d&apos;e-mail</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Actions de workflow</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Message de test</translation>
    </message>
    <message>
        <source>A file for OpenCX support about this setup</source>
        <translation>Un fichier sur cette configuration, pour le support OpenCX</translation>
    </message>
    <message>
        <source>&amp;Export diagnostics…</source>
        <translation>&amp;Exporter le fichier de diagnostic…</translation>
    </message>
</context>
<context>
    <name>TestChecklistPage</name>
    <message>
        <source>&amp;Start the test</source>
        <translation>&amp;Lancer le test</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <source>Prove that the connection works: send one message the way a customer would, and watch each step of the guide tick itself as it happens.</source>
        <translation>Vérifiez que la connexion fonctionne&#xa0;: envoyez un message comme le ferait un client, et regardez chaque étape du guide se cocher toute seule au fur et à mesure.</translation>
    </message>
    <message>
        <source>1. Before you send</source>
        <translation>1. Avant d&apos;envoyer</translation>
    </message>
    <message>
        <source>Send the test message by:</source>
        <translation>Envoyer le message de test par&#xa0;:</translation>
    </message>
    <message>
        <source>Channel for the test message</source>
        <translation>Canal du message de test</translation>
    </message>
    <message>
        <source>T&amp;urn Autopilot on</source>
        <translation>Acti&amp;ver Autopilot</translation>
    </message>
    <message>
        <source>Turn Autopilot on for the test channel</source>
        <translation>Activer Autopilot pour le canal de test</translation>
    </message>
    <message>
        <source>2. Where to send it</source>
        <translation>2. Où l&apos;envoyer</translation>
    </message>
    <message>
        <source>The message must come in through a channel HubSpot owns: your HubSpot chat widget, or an email address routed through a HubSpot inbox. A message sent anywhere else never reaches HubSpot, so OpenCX cannot see it.</source>
        <translation>Le message doit arriver par un canal qui appartient à HubSpot&#xa0;: votre widget de chat HubSpot, ou une adresse e-mail acheminée vers une boîte de réception HubSpot. Un message envoyé ailleurs n&apos;atteint jamais HubSpot, et OpenCX ne peut donc pas le voir.</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copier l&apos;&amp;adresse</translation>
    </message>
    <message>
        <source>3. Watch it happen</source>
        <translation>3. Suivez le déroulement</translation>
    </message>
    <message>
        <source>A practice customer sends the test message for you</source>
        <translation>Un client d&apos;entraînement envoie le message de test à votre place</translation>
    </message>
    <message>
        <source>Send a &amp;test message as a customer</source>
        <translation>&amp;Envoyer un message de test en tant que client</translation>
    </message>
    <message>
        <source>Watches for another test message in the same test</source>
        <translation>Attend un autre message de test dans le même test</translation>
    </message>
    <message>
        <source>&amp;Watch for another message</source>
        <translation>Attendre un autre &amp;message</translation>
    </message>
    <message>
        <source>Asks for a handoff to a person, as a customer would</source>
        <translation>Demande un transfert vers une personne, comme le ferait un client</translation>
    </message>
    <message>
        <source>Request &amp;handoff</source>
        <translation>Demander un &amp;transfert</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Lancer le test</translation>
    </message>
    <message>
        <source>Skips the test for now; you can run it later</source>
        <translation>Passe le test pour l&apos;instant&#xa0;; vous pourrez le faire plus tard</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Pa&amp;sser pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>WorkflowActionsPage</name>
    <message>
        <source>Workflow actions</source>
        <translation>Actions de workflow</translation>
    </message>
    <message>
        <source>Connecting with HubSpot added four OpenCX actions to your HubSpot workflows. Use them when HubSpot rules should control the AI. You find them in HubSpot under Automation → Workflows, when you add an action to a workflow. There is nothing to set up here.</source>
        <translation>La connexion à HubSpot a ajouté quatre actions OpenCX à vos workflows HubSpot. Utilisez-les quand des règles HubSpot doivent piloter l&apos;IA. Vous les trouverez dans HubSpot sous Automatisation → Workflows, quand vous ajoutez une action à un workflow. Il n&apos;y a rien à configurer ici.</translation>
    </message>
    <message>
        <source>The four actions</source>
        <translation>Les quatre actions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action&lt;/b&gt;</source>
        <translation>&lt;b&gt;Action&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Use it when&lt;/b&gt;</source>
        <translation>&lt;b&gt;À utiliser quand&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;In your portal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dans votre compte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Re&amp;vérifier</translation>
    </message>
    <message>
        <source>Check again which workflow actions are installed</source>
        <translation>Vérifier à nouveau quelles actions de workflow sont installées</translation>
    </message>
</context>
<context>
    <name>cli.answers_input</name>
    <message>
        <source>OpenCX API key</source>
        <translation>clé API OpenCX</translation>
    </message>
    <message>
        <source>private app token</source>
        <translation>jeton de l&apos;application privée</translation>
    </message>
    <message>
        <source>%1 cannot be read (its links lead nowhere)</source>
        <translation>Impossible de lire %1 (ses liens ne mènent nulle part)</translation>
    </message>
    <message>
        <source>%1 is outside the folder of the answers file; keep signature files in that folder or below it</source>
        <translation>%1 est en dehors du dossier du fichier de réponses&#xa0;; gardez les fichiers de signature dans ce dossier ou dans ses sous-dossiers</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB, the most a signature may be</source>
        <translation>%1 dépasse %2 Kio, la taille maximale d&apos;une signature</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; is it the right file?</source>
        <translation>%1 dépasse %2 Kio&#xa0;; est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Set %1 to the %2 before running the command.</source>
        <translation>Avant de lancer la commande, placez votre %2 dans la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>Store the %1 in the system keychain under &quot;%2&quot;.</source>
        <translation>Enregistrez votre %1 dans le trousseau de mots de passe du système, sous «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Pipe the %1 into the command, for example: ... &lt; key.txt</source>
        <translation>Transmettez votre %1 à la commande par l&apos;entrée standard, par exemple&#xa0;: ... &lt; key.txt</translation>
    </message>
</context>
<context>
    <name>cli.apply</name>
    <message>
        <source>Setup is complete.</source>
        <translation>La configuration est terminée.</translation>
    </message>
    <message>
        <source>%1: the practice customer exists only in the sandbox</source>
        <translation>%1&#xa0;: le client d&apos;entraînement n&apos;existe que dans le bac à sable</translation>
    </message>
</context>
<context>
    <name>cli.apply_steps</name>
    <message>
        <source>confirmed in the answers file</source>
        <translation>confirmé dans le fichier de réponses</translation>
    </message>
    <message>
        <source>%1 is checked when HubSpot is connected</source>
        <translation>%1 est vérifié lors de la connexion de HubSpot</translation>
    </message>
    <message>
        <source>%1 is not confirmed and HubSpot cannot tell; %2 is checked when HubSpot is connected</source>
        <translation>%1 n&apos;est pas confirmé et HubSpot ne peut pas le vérifier&#xa0;; %2 est vérifié lors de la connexion de HubSpot</translation>
    </message>
    <message>
        <source>%1 is not confirmed and HubSpot cannot tell; %2 confirmed</source>
        <translation>%1 n&apos;est pas confirmé et HubSpot ne peut pas le vérifier&#xa0;; %2 confirmé</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), with the API key</source>
        <translation>%1 (%2 de %3), avec la clé API</translation>
    </message>
    <message>
        <source>Opening your browser to sign in to OpenCX ...</source>
        <translation>Ouverture de votre navigateur pour vous connecter à OpenCX...</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), in the browser</source>
        <translation>%1 (%2 de %3), dans le navigateur</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), with the saved session</source>
        <translation>%1 (%2 de %3), avec la session enregistrée</translation>
    </message>
    <message>
        <source>Your role is %1.</source>
        <translation>Votre rôle est %1.</translation>
    </message>
    <message>
        <source>Using the sandbox&apos;s practice %1 (%2 is empty).</source>
        <translation>%2 est vide&#xa0;: le bac à sable fournit une valeur d&apos;entraînement (%1).</translation>
    </message>
    <message>
        <source>Once it is fixed, stop this command with Ctrl+C and run it again.</source>
        <translation>Une fois le problème réglé, arrêtez cette commande avec Ctrl+C et relancez-la.</translation>
    </message>
    <message>
        <source>Waiting for you in the browser. If it did not open, visit:</source>
        <translation>En attente de votre action dans le navigateur. S&apos;il ne s&apos;est pas ouvert, allez à l&apos;adresse&#xa0;:</translation>
    </message>
    <message>
        <source>The browser answered; finishing ...</source>
        <translation>Le navigateur a répondu&#xa0;; finalisation...</translation>
    </message>
    <message>
        <source>portal %1 is already connected</source>
        <translation>le compte %1 est déjà connecté</translation>
    </message>
    <message>
        <source>Opening your browser to approve OpenCX in HubSpot ...</source>
        <translation>Ouverture de votre navigateur pour autoriser OpenCX dans HubSpot...</translation>
    </message>
    <message>
        <source>connected portal %1</source>
        <translation>compte %1 connecté</translation>
    </message>
    <message>
        <source>HubSpot no longer lets OpenCX into %1: reconnecting ...</source>
        <translation>HubSpot a coupé l&apos;accès d&apos;OpenCX pour %1&#xa0;: reconnexion...</translation>
    </message>
    <message>
        <source>Moving OpenCX to %1, as [oauth] portal_id says.</source>
        <translation>Passage d&apos;OpenCX vers %1, comme l&apos;indique [oauth] portal_id.</translation>
    </message>
    <message>
        <source>Switching %1 from the legacy private app to “Connect with HubSpot” (the guide&apos;s OAuth Public App), without disconnecting ...</source>
        <translation>Passage de %1 de l&apos;application privée héritée à «&#xa0;Connecter à HubSpot&#xa0;» (l&apos;application publique OAuth du guide), sans déconnexion ...</translation>
    </message>
    <message>
        <source>switched to Connect with HubSpot: portal %1</source>
        <translation>passé à «&#xa0;Connecter à HubSpot&#xa0;»&#xa0;: compte %1</translation>
    </message>
    <message>
        <source>reconnected: portal %1</source>
        <translation>reconnecté&#xa0;: compte %1</translation>
    </message>
    <message>
        <source>token accepted by HubSpot for portal %1</source>
        <translation>jeton accepté par HubSpot pour le compte %1</translation>
    </message>
    <message>
        <source>not a HubSpot user</source>
        <translation>pas un utilisateur HubSpot</translation>
    </message>
    <message>
        <source>OpenCX acts as HubSpot user %1, not %2. Changing the default user needs a disconnect and a new connection.</source>
        <translation>OpenCX agit au nom de l&apos;utilisateur HubSpot %1, pas de %2. Pour changer d&apos;utilisateur par défaut, il faut déconnecter puis connecter à nouveau.</translation>
    </message>
    <message>
        <source>the OAuth path needs a [sender] (email = ...)</source>
        <translation>la connexion OAuth a besoin d&apos;une section [sender] (email = ...)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (conservé)</translation>
    </message>
    <message>
        <source>no HubSpot teammate has the email %1 (teammates: %2)</source>
        <translation>aucun membre de l&apos;équipe HubSpot n&apos;a l&apos;adresse e-mail %1 (membres&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no HubSpot teammate has the owner id %1 (teammates: %2)</source>
        <translation>aucun membre de l&apos;équipe HubSpot n&apos;a l&apos;ID de propriétaire %1 (membres&#xa0;: %2)</translation>
    </message>
    <message>
        <source>turned %1 (now: %2)</source>
        <translation>modifié&#xa0;: %1 (désormais&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 activé</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 désactivé</translation>
    </message>
    <message>
        <source>not a domain pattern</source>
        <translation>pas un modèle de domaine</translation>
    </message>
    <message>
        <source>not usable HTML</source>
        <translation>HTML inutilisable</translation>
    </message>
    <message>
        <source>the rule was refused</source>
        <translation>la règle a été refusée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>added %1; updated %2 (%n rule(s) in all)</source>
        <translation>
            <numerusform>ajouté&#xa0;: %1&#xa0;; mis à jour&#xa0;: %2 (%n règle en tout)</numerusform>
            <numerusform>ajouté&#xa0;: %1&#xa0;; mis à jour&#xa0;: %2 (%n règles en tout)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added %1 (%n rule(s) in all)</source>
        <translation>
            <numerusform>ajouté&#xa0;: %1 (%n règle en tout)</numerusform>
            <numerusform>ajouté&#xa0;: %1 (%n règles en tout)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %1 (%n rule(s) in all)</source>
        <translation>
            <numerusform>mis à jour&#xa0;: %1 (%n règle en tout)</numerusform>
            <numerusform>mis à jour&#xa0;: %1 (%n règles en tout)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), all as in the answers file</source>
        <translation>
            <numerusform>%n règle, conforme au fichier de réponses</numerusform>
            <numerusform>%n règles, toutes conformes au fichier de réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>the answers file says run = false</source>
        <translation>le fichier de réponses indique run = false</translation>
    </message>
    <message>
        <source>the simulated customer exists only in the sandbox</source>
        <translation>le client d&apos;entraînement n&apos;existe que dans le bac à sable</translation>
    </message>
    <message>
        <source>Watching for another message in the same test ...</source>
        <translation>Attente d&apos;un autre message dans le même test...</translation>
    </message>
    <message>
        <source>the test finished; not every item happened, as set up (test run %1)</source>
        <translation>le test est terminé&#xa0;; certains points n&apos;ont pas eu lieu, comme prévu par vos paramètres (test %1)</translation>
    </message>
    <message>
        <source>all checks passed (test run %1)</source>
        <translation>toutes les vérifications ont réussi (test %1)</translation>
    </message>
    <message>
        <source>The simulated customer sends the test message ...</source>
        <translation>Le client d&apos;entraînement envoie le message de test...</translation>
    </message>
    <message>
        <source>Asking OpenCX to hand the conversation to a human ...</source>
        <translation>Demande à OpenCX de transférer la conversation à une personne...</translation>
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
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n thing(s).</source>
        <translation>
            <numerusform>À vérifier&#xa0;: %n point.</numerusform>
            <numerusform>À vérifier&#xa0;: %n points.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything that can be checked is fine.</source>
        <translation>Tout ce qui peut être vérifié est en ordre.</translation>
    </message>
    <message>
        <source>Wrote the diagnostics bundle %1</source>
        <translation>Fichier de diagnostic écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cli.doctor_checks</name>
    <message>
        <source>Not signed in to OpenCX.</source>
        <translation>Non connecté à OpenCX.</translation>
    </message>
    <message>
        <source>Sign in with the assistant, or give an owner&apos;s or admin&apos;s API key.</source>
        <translation>Connectez-vous avec l&apos;assistant, ou fournissez la clé API d&apos;un propriétaire ou d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>OpenCX is reachable; signed in as %1 (%2).</source>
        <translation>OpenCX est joignable&#xa0;; connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>Your OpenCX role is %1; only owners and admins can manage the HubSpot connection.</source>
        <translation>Votre rôle OpenCX est %1&#xa0;; seuls les propriétaires et les administrateurs peuvent gérer la connexion HubSpot.</translation>
    </message>
    <message>
        <source>Ask an owner of the organization to make you an admin.</source>
        <translation>Demandez à un propriétaire de l&apos;organisation de vous nommer administrateur.</translation>
    </message>
    <message>
        <source>OpenCX role: %1.</source>
        <translation>Rôle OpenCX&#xa0;: %1.</translation>
    </message>
    <message>
        <source>HubSpot is not connected to this OpenCX organization.</source>
        <translation>HubSpot n&apos;est pas connecté à cette organisation OpenCX.</translation>
    </message>
    <message>
        <source>Run the assistant (or `apply`) to connect HubSpot.</source>
        <translation>Lancez l&apos;assistant (ou `apply`) pour connecter HubSpot.</translation>
    </message>
    <message>
        <source>Reconnect required: %1</source>
        <translation>Reconnexion nécessaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: in the assistant&apos;s HubSpot connection page, or run `apply` with your OAuth answers file. %2</source>
        <translation>%1&#xa0;: dans la page «&#xa0;Connexion HubSpot&#xa0;» de l&apos;assistant, ou lancez `apply` avec votre fichier de réponses OAuth. %2</translation>
    </message>
    <message>
        <source>Connected via %1 to portal %2 (%3).</source>
        <translation>Connecté via %1 au compte %2 (%3).</translation>
    </message>
    <message>
        <source>Connected via %1 to portal %2.</source>
        <translation>Connecté via %1 au compte %2.</translation>
    </message>
    <message>
        <source>Action recommended: this portal still uses a legacy private app. Switching it to “Connect with HubSpot” (the guide&apos;s OAuth Public App) adds workflow actions, renews access by itself, sets up webhooks for you and lets agents take over faster.</source>
        <translation>Action recommandée&#xa0;: ce compte utilise encore une application privée héritée. Le passer à «&#xa0;Connecter à HubSpot&#xa0;» (l&apos;application publique OAuth du guide) ajoute les actions de workflow, renouvelle l&apos;accès automatiquement, configure les webhooks pour vous et permet à vos agents de prendre le relais plus vite.</translation>
    </message>
    <message>
        <source>%1: in the assistant&apos;s HubSpot connection page, or run `apply` with an OAuth answers file. %2</source>
        <translation>%1&#xa0;: dans la page «&#xa0;Connexion HubSpot&#xa0;» de l&apos;assistant, ou lancez `apply` avec un fichier de réponses OAuth. %2</translation>
    </message>
    <message>
        <source>Workflow actions not installed: %1.</source>
        <translation>Actions de workflow non installées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Reconnect through OAuth to install them.</source>
        <translation>Reconnectez HubSpot via OAuth pour les installer.</translation>
    </message>
    <message>
        <source>No teammate is set for the AI to post as, so AI replies cannot be posted.</source>
        <translation>Aucun membre de l&apos;équipe n&apos;est défini comme expéditeur de l&apos;IA&#xa0;: ses réponses ne peuvent donc pas être publiées.</translation>
    </message>
    <message>
        <source>Pick the AI sender in the assistant (Who the AI posts as).</source>
        <translation>Choisissez l&apos;expéditeur de l&apos;IA dans l&apos;assistant («&#xa0;Au nom de qui l&apos;IA publie&#xa0;»).</translation>
    </message>
    <message>
        <source>The AI posts as %1.</source>
        <translation>L&apos;IA publie au nom de %1.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, the channel you test on: OpenCX stores %1 conversations but does not reply to them.</source>
        <translation>Autopilot est désactivé pour le canal %1, celui de votre test&#xa0;: OpenCX enregistre les conversations du canal %1 mais n&apos;y répond pas.</translation>
    </message>
    <message>
        <source>Turn Autopilot on for %1 (assistant: Autopilot page).</source>
        <translation>Activez Autopilot pour le canal %1 (assistant&#xa0;: page «&#xa0;Autopilot&#xa0;»).</translation>
    </message>
    <message>
        <source>Autopilot: %1.</source>
        <translation>Autopilot&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 activé</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 désactivé</translation>
    </message>
    <message>
        <source>not in canonical form</source>
        <translation>pas écrit sous la forme attendue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Some email signature rules are not valid: %1.</source>
        <translation>Certaines règles de signature d&apos;e-mail ne sont pas valides&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Edit or remove them in the assistant (Email signatures).</source>
        <translation>Modifiez-les ou supprimez-les dans l&apos;assistant («&#xa0;Signatures d&apos;e-mail&#xa0;»).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%n email signature rule(s) (%1).</source>
        <translation>
            <numerusform>%n règle de signature d&apos;e-mail (%1).</numerusform>
            <numerusform>%n règles de signature d&apos;e-mail (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The private app token is not on this computer, so its scopes were not checked.</source>
        <translation>Le jeton de l&apos;application privée n&apos;est pas sur cet ordinateur&#xa0;: ses autorisations n&apos;ont donc pas été vérifiées.</translation>
    </message>
    <message>
        <source>Set %1 to check them.</source>
        <translation>Définissez %1 pour les vérifier.</translation>
    </message>
    <message>
        <source>The private app token for portal %1 is missing scopes: %2.</source>
        <translation>Il manque des autorisations au jeton de l&apos;application privée du compte %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Add the missing scopes to the legacy app in HubSpot and commit the change.</source>
        <translation>Ajoutez les autorisations manquantes à l&apos;application héritée dans HubSpot, puis cliquez sur Valider les modifications.</translation>
    </message>
    <message>
        <source>The private app token for portal %1 has every required scope.</source>
        <translation>Le jeton de l&apos;application privée du compte %1 a toutes les autorisations requises.</translation>
    </message>
    <message>
        <source>The test message checklist has not been run on this computer.</source>
        <translation>La liste de vérification du message de test n&apos;a pas été lancée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Run it from the assistant (Send a test message) to prove the connection.</source>
        <translation>Lancez-la depuis l&apos;assistant («&#xa0;Envoyer un message de test&#xa0;») pour vérifier la connexion.</translation>
    </message>
    <message>
        <source>The last test run (%1) passed.</source>
        <translation>Le dernier test (%1) a réussi.</translation>
    </message>
    <message>
        <source>not every check passed</source>
        <translation>certaines vérifications ont échoué</translation>
    </message>
    <message>
        <source>The last test run (%1) did not pass: %2.</source>
        <translation>Le dernier test (%1) n&apos;a pas réussi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Run the test again.</source>
        <translation>Relancez le test.</translation>
    </message>
</context>
<context>
    <name>cli.export_answers</name>
    <message>
        <source>Wrote %1</source>
        <translation>Fichier écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cli.hubspot_command</name>
    <message>
        <source>standard input or %1</source>
        <translation>l&apos;entrée standard ou %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Autorisations accordées&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Missing scopes: %1</source>
        <translation>Autorisations manquantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add them on the legacy app&apos;s Scopes tab in HubSpot, commit the change, and check again.</source>
        <translation>Ajoutez-les dans l&apos;onglet «&#xa0;Champs d&apos;application&#xa0;» de l&apos;application héritée dans HubSpot, cliquez sur Valider les modifications, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Every required scope is granted.</source>
        <translation>Toutes les autorisations requises sont accordées.</translation>
    </message>
    <message>
        <source>First teammates:</source>
        <translation>Premiers membres de l&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (ID utilisateur %2)</translation>
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
        <translation>fait</translation>
    </message>
    <message>
        <source>already set</source>
        <translation>déjà configuré</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>[%1] %2 ...</source>
        <translation>[%1] %2...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Ce qui s&apos;est passé&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cli.sandbox_command</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sandbox scenario %1 serving at %2</source>
        <translation>Bac à sable, scénario %1, disponible à l&apos;adresse %2</translation>
    </message>
    <message>
        <source>OpenCX URL:</source>
        <translation>URL d&apos;OpenCX&#xa0;:</translation>
    </message>
    <message>
        <source>HubSpot API URL:</source>
        <translation>URL de l&apos;API HubSpot&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Practice customer:</source>
        <translation>Client d&apos;entraînement&#xa0;:</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Bac à sable arrêté.</translation>
    </message>
</context>
<context>
    <name>flow.answers</name>
    <message>
        <source>HubSpot account with Service Hub Starter or above</source>
        <translation>Compte HubSpot avec Service Hub Starter ou supérieur</translation>
    </message>
    <message>
        <source>The integration uses HubSpot&apos;s conversations and ticketing tools.</source>
        <translation>L&apos;intégration utilise les outils de conversations et de tickets de HubSpot.</translation>
    </message>
    <message>
        <source>You may connect apps to the HubSpot portal</source>
        <translation>Vous pouvez connecter des applications au compte HubSpot</translation>
    </message>
    <message>
        <source>In HubSpot that means a super admin, or a user with the App Marketplace Access permission, in the portal OpenCX will use.</source>
        <translation>Dans HubSpot, cela veut dire être super administrateur, ou avoir l&apos;autorisation «&#xa0;Accès au marketplace des applications&#xa0;», dans le compte qu&apos;OpenCX utilisera.</translation>
    </message>
    <message>
        <source>You are an owner or admin in OpenCX</source>
        <translation>Vous êtes propriétaire ou administrateur dans OpenCX</translation>
    </message>
    <message>
        <source>Only organization owners and admins can save integration settings.</source>
        <translation>Seuls les propriétaires et les administrateurs de l&apos;organisation peuvent enregistrer les paramètres d&apos;intégration.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>Propriétaire %1</translation>
    </message>
</context>
<context>
    <name>flow.answers_file</name>
    <message>
        <source>name exactly one place for the secret: env = &quot;VARIABLE&quot;, keyring = &quot;entry name&quot;, or stdin = true</source>
        <translation>indiquez un seul endroit pour le secret&#xa0;: env = &quot;VARIABLE&quot;, keyring = &quot;nom de l&apos;entrée&quot; ou stdin = true</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <source>the keyring entry &quot;%1&quot;</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» du trousseau</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>l&apos;entrée standard</translation>
    </message>
    <message>
        <source>sign_in = &quot;api_key&quot; needs api_key = { env = &quot;OPENCX_API_KEY&quot; } (or a keyring entry, or stdin = true)</source>
        <translation>sign_in = &quot;api_key&quot; nécessite api_key = { env = &quot;OPENCX_API_KEY&quot; } (ou une entrée du trousseau, ou stdin = true)</translation>
    </message>
    <message>
        <source>give the sender&apos;s email or owner_id (one of them)</source>
        <translation>indiquez email ou owner_id pour l&apos;expéditeur (l&apos;un des deux seulement)</translation>
    </message>
    <message>
        <source>a channel cannot be turned both on and off: %1</source>
        <translation>un canal ne peut pas être à la fois activé et désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>give html or html_file (one of them)</source>
        <translation>indiquez html ou html_file (l&apos;un des deux seulement)</translation>
    </message>
    <message>
        <source>the file contains a secret (a private app token, an OpenCX API key or a sign-in token). Secrets never go in the answers file: name where to find them instead, for example { env = &quot;HUBSPOT_PRIVATE_APP_TOKEN&quot; }</source>
        <translation>le fichier contient un secret (un jeton d&apos;application privée, une clé API OpenCX ou un jeton de connexion). Les secrets ne vont jamais dans le fichier de réponses&#xa0;: indiquez plutôt où les trouver, par exemple { env = &quot;HUBSPOT_PRIVATE_APP_TOKEN&quot; }</translation>
    </message>
    <message>
        <source>method = &quot;legacy&quot; needs a [legacy] section with private_app_token and default_user</source>
        <translation>method = &quot;legacy&quot; nécessite une section [legacy] avec private_app_token et default_user</translation>
    </message>
    <message>
        <source>[sender] and [[signatures]] exist only for the OAuth method; the legacy path uses [legacy] default_user</source>
        <translation>[sender] et [[signatures]] n&apos;existent que pour la méthode OAuth&#xa0;; la connexion par application héritée utilise [legacy] default_user</translation>
    </message>
    <message>
        <source>[legacy] is only for method = &quot;legacy&quot;</source>
        <translation>[legacy] ne sert qu&apos;avec method = &quot;legacy&quot;</translation>
    </message>
    <message>
        <source>only one secret can come from standard input</source>
        <translation>un seul secret peut venir de l&apos;entrée standard</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the same domain as %2 (&quot;%3&quot;); keep one rule per domain</source>
        <translation>«&#xa0;%1&#xa0;» est le même domaine que %2 («&#xa0;%3&#xa0;»)&#xa0;; gardez une seule règle par domaine</translation>
    </message>
    <message>
        <source>This is not valid TOML: %1.</source>
        <translation>Ce n&apos;est pas du TOML valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>is not a known setting (check the spelling)</source>
        <translation>n&apos;est pas un paramètre connu (vérifiez l&apos;orthographe)</translation>
    </message>
</context>
<context>
    <name>flow.api_keys</name>
    <message>
        <source>Paste an OpenCX API key, or sign in with the browser.</source>
        <translation>Collez une clé API OpenCX, ou connectez-vous avec le navigateur.</translation>
    </message>
    <message>
        <source>That is much longer than an OpenCX API key; copy only the key.</source>
        <translation>C&apos;est bien plus long qu&apos;une clé API OpenCX&#xa0;; copiez uniquement la clé.</translation>
    </message>
    <message>
        <source>The API key has spaces, line breaks or invisible characters in the middle, so it was not copied in one piece.</source>
        <translation>La clé API contient des espaces, des retours à la ligne ou des caractères invisibles au milieu&#xa0;: elle n&apos;a pas été copiée d&apos;un seul tenant.</translation>
    </message>
    <message>
        <source>The API key has characters no OpenCX key has (letters like é, or curly quotes), so it was not copied exactly.</source>
        <translation>La clé API contient des caractères qu&apos;aucune clé OpenCX ne contient (des lettres comme é, ou des guillemets typographiques)&#xa0;: elle n&apos;a pas été copiée exactement.</translation>
    </message>
    <message>
        <source>Copy the key again from OpenCX (Settings → Access), or create a new key there.</source>
        <translation>Copiez de nouveau la clé depuis OpenCX («&#xa0;Settings → Access&#xa0;»), ou créez-y une nouvelle clé.</translation>
    </message>
</context>
<context>
    <name>flow.changes</name>
    <message>
        <source>You signed in to %1, not %2, so the steps after sign-in start over.</source>
        <translation>Vous vous êtes connecté à %1, et non à %2&#xa0;: les étapes qui suivent la connexion recommencent donc.</translation>
    </message>
    <message>
        <source>Your OpenCX role is %1.</source>
        <translation>Votre rôle OpenCX est %1.</translation>
    </message>
    <message>
        <source>Portal %1 is connected through “Connect with HubSpot”. Switching to an existing legacy app disconnects it first; the steps after this one start over.</source>
        <translation>Le compte HubSpot %1 est connecté via «&#xa0;Connecter à HubSpot&#xa0;». Passer à une application héritée existante le déconnecte d&apos;abord&#xa0;; les étapes qui suivent celle-ci recommencent.</translation>
    </message>
    <message>
        <source>Not confirmed, and HubSpot does not tell apps which subscription a portal has; the portal report shows what could be seen.</source>
        <translation>Non confirmé, et HubSpot n&apos;indique pas aux applications l&apos;abonnement d&apos;un compte&#xa0;; le rapport sur le compte montre ce qui a pu être constaté.</translation>
    </message>
    <message>
        <source>Invalid pattern.</source>
        <translation>Modèle non valide.</translation>
    </message>
    <message>
        <source>Invalid signature.</source>
        <translation>Signature non valide.</translation>
    </message>
</context>
<context>
    <name>flow.checklist</name>
    <message>
        <source>The test stopped at “%1”: OpenCX never made a session of that message. Send another test message as the cause under it says, then press Watch for another message.</source>
        <translation>Le test s&apos;est arrêté à «&#xa0;%1&#xa0;»&#xa0;: OpenCX n&apos;a jamais créé de session pour ce message. Envoyez un autre message de test comme l&apos;indique la cause affichée en dessous, puis appuyez sur «&#xa0;Attendre un autre message&#xa0;».</translation>
    </message>
    <message>
        <source>The test stopped at “%1”. The cause and fix are under it; fix it, then start the test again.</source>
        <translation>Le test s&apos;est arrêté à «&#xa0;%1&#xa0;». La cause et la solution sont indiquées en dessous&#xa0;; corrigez le problème, puis relancez le test.</translation>
    </message>
    <message>
        <source>All checks passed: HubSpot and OpenCX work together.</source>
        <translation>Toutes les vérifications ont réussi&#xa0;: HubSpot et OpenCX fonctionnent ensemble.</translation>
    </message>
    <message>
        <source>The test finished: HubSpot and OpenCX work together. Not every item happened, as your settings ask; the reason is under each one marked –.</source>
        <translation>Le test est terminé&#xa0;: HubSpot et OpenCX fonctionnent ensemble. Certains points n&apos;ont pas eu lieu, comme le prévoient vos paramètres&#xa0;; la raison est indiquée sous chaque point marqué –.</translation>
    </message>
    <message>
        <source>the teammate the AI posts as</source>
        <translation>l&apos;expéditeur de l&apos;IA</translation>
    </message>
    <message>
        <source>a teammate</source>
        <translation>un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Your HubSpot inbox “%1” assigns new conversations to %2. The AI stays silent on conversations someone else owns, so your test message would get no AI reply. In HubSpot, change this inbox&apos;s routing so new conversations go to %3 (or to nobody) before you start.</source>
        <translation>Votre boîte de réception HubSpot «&#xa0;%1&#xa0;» attribue les nouvelles conversations à %2. L&apos;IA reste silencieuse sur les conversations attribuées à quelqu&apos;un d&apos;autre&#xa0;: votre message de test n&apos;obtiendrait donc aucune réponse de l&apos;IA. Avant de commencer, modifiez dans HubSpot le routage de cette boîte de réception pour que les nouvelles conversations aillent vers %3 (ou ne soient attribuées à personne).</translation>
    </message>
    <message>
        <source>The test message has not been sent yet, or it is still on its way. Send it from an address outside your company, then wait a minute.</source>
        <translation>Le message de test n&apos;a pas encore été envoyé, ou il est encore en route. Envoyez-le depuis une adresse extérieure à votre entreprise, puis attendez une minute.</translation>
    </message>
    <message>
        <source>The message went to an address or widget that HubSpot does not route into an inbox. Send it to an email address connected to a HubSpot inbox, or use the HubSpot chat widget on your site.</source>
        <translation>Le message est parti vers une adresse ou un widget que HubSpot n&apos;achemine vers aucune boîte de réception. Envoyez-le à une adresse e-mail connectée à une boîte de réception HubSpot, ou utilisez le widget de chat HubSpot de votre site.</translation>
    </message>
    <message>
        <source>Mail sent to OpenCX&apos;s own forwarding address (%1) never reaches HubSpot: it is not a HubSpot channel. Use your HubSpot inbox&apos;s address.</source>
        <translation>Les e-mails envoyés à l&apos;adresse de redirection propre à OpenCX (%1) n&apos;atteignent jamais HubSpot&#xa0;: ce n&apos;est pas un canal HubSpot. Utilisez l&apos;adresse de votre boîte de réception HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot is not telling OpenCX about new messages. In your legacy app&apos;s Webhooks tab, check the target URL and the three subscriptions (two under Conversation, one under Ticket), then commit the changes.</source>
        <translation>HubSpot ne signale pas les nouveaux messages à OpenCX. Dans l&apos;onglet «&#xa0;Webhooks&#xa0;» de votre application héritée, vérifiez l&apos;URL cible et les trois abonnements (deux sous Conversation, un sous Ticket), puis cliquez sur Valider les modifications.</translation>
    </message>
    <message>
        <source>The conversation did not come from a HubSpot-owned channel (a HubSpot chat widget or an email address routed through a HubSpot inbox). Send the test message there.</source>
        <translation>La conversation ne vient pas d&apos;un canal qui appartient à HubSpot (un widget de chat HubSpot ou une adresse e-mail acheminée vers une boîte de réception HubSpot). Envoyez le message de test par l&apos;un de ces canaux.</translation>
    </message>
    <message>
        <source>The message came from a teammate, from the inbox&apos;s own address, or was an internal note: OpenCX ignores those. Send it from an outside address, as a customer would.</source>
        <translation>Le message venait d&apos;un membre de l&apos;équipe ou de l&apos;adresse de la boîte de réception elle-même, ou c&apos;était un commentaire interne&#xa0;: OpenCX ignore ces messages. Envoyez-le depuis une adresse extérieure, comme le ferait un client.</translation>
    </message>
    <message>
        <source>OpenCX takes each message from HubSpot once and does not ask again, so a lost message stays lost. Send another test message.</source>
        <translation>OpenCX reçoit chaque message de HubSpot une seule fois et ne le redemande pas&#xa0;: un message perdu reste perdu. Envoyez un autre message de test.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, so the AI drafts nothing. Turn it on in the Autopilot step.</source>
        <translation>Autopilot est désactivé pour le canal %1&#xa0;: l&apos;IA ne rédige donc rien. Activez-le à l&apos;étape «&#xa0;Autopilot&#xa0;».</translation>
    </message>
    <message>
        <source>No teammate is set for the AI to post as. Choose one in the “AI posts as” step.</source>
        <translation>Aucun expéditeur n&apos;est défini pour l&apos;IA. Choisissez-en un à l&apos;étape «&#xa0;Au nom de qui l&apos;IA publie&#xa0;».</translation>
    </message>
    <message>
        <source>No default user is set for replies. Set it in the “Save the private app token” step.</source>
        <translation>Aucun utilisateur par défaut n&apos;est défini pour les réponses. Définissez-le à l&apos;étape «&#xa0;Enregistrer le jeton de l&apos;application privée&#xa0;».</translation>
    </message>
    <message>
        <source>The AI is still working on the reply, or could not answer. Open the session in OpenCX to see what it did.</source>
        <translation>L&apos;IA prépare encore sa réponse, ou n&apos;a pas pu répondre. Ouvrez la session dans OpenCX pour voir ce qu&apos;elle a fait.</translation>
    </message>
    <message>
        <source>OpenCX could not create the HubSpot ticket yet. Check that the connection still has its permissions for tickets (reconnect if HubSpot asks).</source>
        <translation>OpenCX n&apos;a pas encore pu créer le ticket HubSpot. Vérifiez que la connexion a toujours ses autorisations sur les tickets (reconnectez-la si HubSpot le demande).</translation>
    </message>
    <message>
        <source>No handoff was asked for yet. Reply to the conversation asking for a human, or press “Request handoff”.</source>
        <translation>Aucun transfert n&apos;a encore été demandé. Répondez dans la conversation en demandant à parler à une personne, ou appuyez sur «&#xa0;Demander un transfert&#xa0;».</translation>
    </message>
    <message>
        <source>OpenCX could not write the handoff note into the HubSpot thread. Check that the connection still has its permissions (reconnect if HubSpot asks).</source>
        <translation>OpenCX n&apos;a pas pu écrire la note de transfert dans le fil HubSpot. Vérifiez que la connexion a toujours ses autorisations (reconnectez-la si HubSpot le demande).</translation>
    </message>
</context>
<context>
    <name>flow.checklist_causes</name>
    <message>
        <source>the sender</source>
        <translation>l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The message came from %1, a teammate in your HubSpot portal.</source>
        <translation>Le message venait de %1, un membre de l&apos;équipe de votre compte HubSpot.</translation>
    </message>
    <message>
        <source>The message came from the inbox&apos;s own address, %1.</source>
        <translation>Le message venait de l&apos;adresse de la boîte de réception elle-même, %1.</translation>
    </message>
    <message>
        <source>The message is an internal note, which customers never see.</source>
        <translation>Le message est un commentaire interne, que les clients ne voient jamais.</translation>
    </message>
    <message>
        <source>The message was sent from HubSpot to the customer, not by the customer.</source>
        <translation>Le message a été envoyé depuis HubSpot au client, et non par le client.</translation>
    </message>
    <message>
        <source>OpenCX did not take the message from %1.</source>
        <translation>OpenCX n&apos;a pas pris en compte le message de %1.</translation>
    </message>
    <message>
        <source>OpenCX ignores messages from teammates and from the inbox&apos;s own address, internal notes and outgoing messages, so it made no session.</source>
        <translation>OpenCX ignore les messages des membres de l&apos;équipe et de l&apos;adresse de la boîte de réception elle-même, les commentaires internes et les messages sortants&#xa0;: il n&apos;a donc créé aucune session.</translation>
    </message>
    <message>
        <source>Send the test from an address outside your company (a personal email address, for example) or from the chat widget on your site, as a customer would.</source>
        <translation>Envoyez le test depuis une adresse extérieure à votre entreprise (une adresse e-mail personnelle, par exemple) ou depuis le widget de chat de votre site, comme le ferait un client.</translation>
    </message>
    <message>
        <source>this channel</source>
        <translation>ce canal</translation>
    </message>
    <message>
        <source>the teammate the AI posts as</source>
        <translation>l&apos;expéditeur de l&apos;IA</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, so OpenCX stored the conversation but the AI did not reply. Turn Autopilot on for %1 (in the Autopilot step, or in OpenCX under Settings → Autopilot), then send another test message.</source>
        <translation>Autopilot est désactivé pour %1&#xa0;: OpenCX a donc enregistré la conversation, mais l&apos;IA n&apos;a pas répondu. Activez Autopilot pour %1 (à l&apos;étape «&#xa0;Autopilot&#xa0;», ou dans OpenCX sous «&#xa0;Settings → Autopilot&#xa0;»), puis envoyez un autre message de test.</translation>
    </message>
    <message>
        <source>Assist Mode is on for %1: the AI wrote its answer as a draft, an internal comment only your team sees, not as a reply to the customer. To let the AI answer customers itself, turn Assist Mode off for %1 in OpenCX&apos;s Autopilot settings, then send another test message.</source>
        <translation>Assist Mode est activé pour %1&#xa0;: l&apos;IA a rédigé sa réponse sous forme de brouillon, un commentaire interne que seule votre équipe voit, et non comme une réponse au client. Pour que l&apos;IA réponde elle-même aux clients, désactivez Assist Mode pour %1 dans les paramètres Autopilot d&apos;OpenCX, puis envoyez un autre message de test.</translation>
    </message>
    <message>
        <source>another teammate</source>
        <translation>un autre membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>The conversation was assigned to %1, not to %2: the AI stays silent on conversations someone else owns. In HubSpot, change the inbox&apos;s routing so new conversations go to %2 (or to nobody), or unassign this conversation, then send another test message.</source>
        <translation>La conversation a été attribuée à %1, et non à %2&#xa0;: l&apos;IA reste silencieuse sur les conversations attribuées à quelqu&apos;un d&apos;autre. Dans HubSpot, modifiez le routage de la boîte de réception pour que les nouvelles conversations aillent vers %2 (ou ne soient attribuées à personne), ou retirez l&apos;attribution de cette conversation, puis envoyez un autre message de test.</translation>
    </message>
    <message>
        <source>The message matched one of your Autopilot handoff topics, so OpenCX handed it to your team without an AI reply. That is what your settings ask for, not a fault. To see an AI reply too, start again and write about something else.</source>
        <translation>Le message correspondait à l&apos;un de vos sujets de transfert Autopilot&#xa0;: OpenCX l&apos;a donc transféré à votre équipe sans réponse de l&apos;IA. C&apos;est ce que prévoient vos paramètres, pas une panne. Pour voir aussi une réponse de l&apos;IA, recommencez en écrivant sur un autre sujet.</translation>
    </message>
    <message>
        <source>The message matched the Autopilot handoff topic “%1”, so OpenCX handed it to your team without an AI reply. That is what your settings ask for, not a fault. To see an AI reply too, start again and write about something else.</source>
        <translation>Le message correspondait au sujet de transfert Autopilot «&#xa0;%1&#xa0;»&#xa0;: OpenCX l&apos;a donc transféré à votre équipe sans réponse de l&apos;IA. C&apos;est ce que prévoient vos paramètres, pas une panne. Pour voir aussi une réponse de l&apos;IA, recommencez en écrivant sur un autre sujet.</translation>
    </message>
    <message>
        <source>OpenCX wrote a reply but HubSpot refused to post it in the conversation. Check that %1 still has a HubSpot seat with access to this inbox, then start the test again.</source>
        <translation>OpenCX a rédigé une réponse, mais HubSpot a refusé de la publier dans la conversation. Vérifiez que %1 a toujours un siège HubSpot avec accès à cette boîte de réception, puis relancez le test.</translation>
    </message>
    <message>
        <source>The conversation is in HubSpot, but OpenCX never received the message. HubSpot tells OpenCX about each message once and does not try again if that notice is lost, even though HubSpot&apos;s own log shows it as delivered. Waiting will not help: send another test message.</source>
        <translation>La conversation est dans HubSpot, mais OpenCX n&apos;a jamais reçu le message. HubSpot prévient OpenCX une seule fois pour chaque message et ne réessaie pas si cet avis se perd, même si le journal de HubSpot l&apos;indique comme livré. Attendre ne servira à rien&#xa0;: envoyez un autre message de test.</translation>
    </message>
    <message>
        <source>HubSpot is not telling OpenCX about new messages. In your legacy app&apos;s Webhooks tab in HubSpot, check that the target URL is OpenCX&apos;s and that the three subscriptions are there (Conversation → New message, Conversation → Creation, Ticket → Property change), then click Commit changes.</source>
        <translation>HubSpot ne signale pas les nouveaux messages à OpenCX. Dans l&apos;onglet «&#xa0;Webhooks&#xa0;» de votre application héritée dans HubSpot, vérifiez que l&apos;URL cible est celle d&apos;OpenCX et que les trois abonnements sont présents (Conversation → Nouveau message, Conversation → Création, Ticket → Modification de propriété), puis cliquez sur Valider les modifications.</translation>
    </message>
    <message>
        <source>Ticket creation is off for your OpenCX organization, so a handoff creates no HubSpot ticket. That is fine if you meant it; if your team works from tickets, turn ticket creation on for your organization in OpenCX.</source>
        <translation>La création de tickets est désactivée pour votre organisation OpenCX&#xa0;: un transfert ne crée donc aucun ticket HubSpot. Pas de souci si c&apos;est voulu&#xa0;; si votre équipe travaille avec des tickets, activez la création de tickets pour votre organisation dans OpenCX.</translation>
    </message>
    <message>
        <source>OpenCX handed the conversation over but could not create the HubSpot ticket: the contact has no email address, and HubSpot links a ticket to its contact by email. Have your chat widget ask for an email address before the chat starts, or test by email.</source>
        <translation>OpenCX a transféré la conversation, mais n&apos;a pas pu créer le ticket HubSpot&#xa0;: le contact n&apos;a pas d&apos;adresse e-mail, et HubSpot relie un ticket à son contact par l&apos;e-mail. Faites demander une adresse e-mail par votre widget de chat avant le début de la discussion, ou faites le test par e-mail.</translation>
    </message>
    <message>
        <source>Not checked, because an earlier step did not happen.</source>
        <translation>Non vérifié, car une étape précédente n&apos;a pas eu lieu.</translation>
    </message>
    <message>
        <source>This did not happen before the assistant stopped waiting.</source>
        <translation>Cela ne s&apos;est pas produit avant que l&apos;assistant cesse d&apos;attendre.</translation>
    </message>
    <message>
        <source>OpenCX did not say why. Open the session in OpenCX to see what happened.</source>
        <translation>OpenCX n&apos;a pas dit pourquoi. Ouvrez la session dans OpenCX pour voir ce qui s&apos;est passé.</translation>
    </message>
</context>
<context>
    <name>flow.checklist_view</name>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>did not happen</source>
        <translation>n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>taking longer than expected</source>
        <translation>plus long que prévu</translation>
    </message>
    <message>
        <source>did not happen, as set up</source>
        <translation>n&apos;a pas eu lieu, comme prévu</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>as set up</source>
        <translation>comme prévu</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir la session</translation>
    </message>
    <message>
        <source>Open in HubSpot</source>
        <translation>Ouvrir dans HubSpot</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ouvrir le ticket</translation>
    </message>
    <message>
        <source>This is taking longer than expected. Likely causes:</source>
        <translation>Cela prend plus de temps que prévu. Causes probables&#xa0;:</translation>
    </message>
    <message>
        <source>You skipped the test. You can run it any time from the HubSpot connection page of this assistant.</source>
        <translation>Vous avez passé le test. Vous pouvez le lancer à tout moment depuis la page «&#xa0;Connexion HubSpot&#xa0;» de cet assistant.</translation>
    </message>
    <message>
        <source>Starting the test…</source>
        <translation>Lancement du test…</translation>
    </message>
    <message>
        <source>Press Start the test, then send your message to one of the places above.</source>
        <translation>Appuyez sur «&#xa0;Lancer le test&#xa0;», puis envoyez votre message à l&apos;un des endroits ci-dessus.</translation>
    </message>
    <message>
        <source>The test was stopped before it finished. Start it again.</source>
        <translation>Le test a été arrêté avant la fin. Relancez-le.</translation>
    </message>
    <message>
        <source>The AI replied. Press Request handoff to check that a person can take over.</source>
        <translation>L&apos;IA a répondu. Appuyez sur «&#xa0;Demander un transfert&#xa0;» pour vérifier qu&apos;une personne peut prendre le relais.</translation>
    </message>
    <message>
        <source>The message arrived. Waiting for OpenCX and the AI…</source>
        <translation>Le message est arrivé. En attente d&apos;OpenCX et de l&apos;IA…</translation>
    </message>
    <message>
        <source>Waiting for the message. Send it now, or press Send a test message as a customer to let the practice customer send it.</source>
        <translation>En attente du message. Envoyez-le maintenant, ou appuyez sur «&#xa0;Envoyer un message de test en tant que client&#xa0;» pour que le client d&apos;entraînement l&apos;envoie.</translation>
    </message>
    <message>
        <source>Waiting for the message. Send it now to one of the places above.</source>
        <translation>En attente du message. Envoyez-le maintenant à l&apos;un des endroits ci-dessus.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>flow.consent_refusals</name>
    <message>
        <source>Did HubSpot show one of these messages?</source>
        <translation>HubSpot a-t-il affiché l&apos;un de ces messages&#xa0;?</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Insufficient scopes were provided</source>
        <translation>Insufficient scopes were provided</translation>
    </message>
    <message>
        <source>Your HubSpot user may not use everything OpenCX asks for.</source>
        <translation>Votre utilisateur HubSpot n&apos;a pas le droit d&apos;utiliser tout ce que demande OpenCX.</translation>
    </message>
    <message>
        <source>Ask a HubSpot super admin to connect OpenCX, or to give you access to tickets and conversations.</source>
        <translation>Demandez à un super administrateur HubSpot de connecter OpenCX, ou de vous donner accès aux tickets et aux conversations.</translation>
    </message>
    <message>
        <source>This account doesn&apos;t have access to some HubSpot features that are required by this app</source>
        <translation>This account doesn&apos;t have access to some HubSpot features that are required by this app</translation>
    </message>
    <message>
        <source>This HubSpot account has no Service Hub Starter or above.</source>
        <translation>Ce compte HubSpot n&apos;a pas Service Hub Starter ou supérieur.</translation>
    </message>
    <message>
        <source>Choose the account that has it, or add Service Hub in HubSpot (Account &amp; Billing).</source>
        <translation>Choisissez le compte qui l&apos;a, ou ajoutez Service Hub dans HubSpot (Compte et facturation).</translation>
    </message>
    <message>
        <source>A message that you may not install apps</source>
        <translation>Un message indiquant que vous n&apos;avez pas le droit d&apos;installer des applications</translation>
    </message>
    <message>
        <source>Only HubSpot super admins, and users with App Marketplace Access, may install apps.</source>
        <translation>Seuls les super administrateurs HubSpot et les utilisateurs ayant l&apos;autorisation «&#xa0;Accès au marketplace des applications&#xa0;» peuvent installer des applications.</translation>
    </message>
    <message>
        <source>Ask a super admin to connect OpenCX, or to give you that permission (Settings → Users &amp; Teams).</source>
        <translation>Demandez à un super administrateur de connecter OpenCX, ou de vous donner cette autorisation (Paramètres → Utilisateurs et équipes).</translation>
    </message>
</context>
<context>
    <name>flow.controller</name>
    <message>
        <source>Also remove the webhook subscriptions from your HubSpot legacy app: Settings → Integrations → Private Apps → Legacy Apps → your app → Webhooks.</source>
        <translation>Supprimez aussi les abonnements webhook de votre application héritée HubSpot&#xa0;: Paramètres → Intégrations → Applications privées → Applications héritées → votre application → Webhooks.</translation>
    </message>
    <message>
        <source>Not a private app token.</source>
        <translation>Ce n&apos;est pas un jeton d&apos;application privée.</translation>
    </message>
    <message>
        <source>Not a HubSpot user ID.</source>
        <translation>Ce n&apos;est pas un ID utilisateur HubSpot.</translation>
    </message>
    <message>
        <source>%1 is not a HubSpot user (a queue or a deactivated owner). Pick a person.</source>
        <translation>%1 n&apos;est pas un utilisateur HubSpot (c&apos;est une file d&apos;attente ou un propriétaire désactivé). Choisissez une personne.</translation>
    </message>
    <message>
        <source>Pick the default user first.</source>
        <translation>Choisissez d&apos;abord l&apos;utilisateur par défaut.</translation>
    </message>
    <message>
        <source>The private app token is no longer in this computer&apos;s keychain. Paste it again.</source>
        <translation>Le jeton de l&apos;application privée n&apos;est plus dans le trousseau de mots de passe de cet ordinateur. Collez-le de nouveau.</translation>
    </message>
    <message>
        <source>Start the test first.</source>
        <translation>Lancez d&apos;abord le test.</translation>
    </message>
    <message>
        <source>Type %1 in capitals to confirm.</source>
        <translation>Saisissez %1 en majuscules pour confirmer.</translation>
    </message>
    <message>
        <source>HubSpot is disconnected. Existing OpenCX sessions remain available.</source>
        <translation>HubSpot est déconnecté. Les sessions OpenCX existantes restent disponibles.</translation>
    </message>
</context>
<context>
    <name>flow.disconnect_effects</name>
    <message>
        <source>Disconnect HubSpot from OpenCX?</source>
        <translation>Déconnecter HubSpot d&apos;OpenCX&#xa0;?</translation>
    </message>
    <message>
        <source>HubSpot is disconnected</source>
        <translation>HubSpot est déconnecté</translation>
    </message>
    <message>
        <source>Afterwards, in HubSpot</source>
        <translation>Ensuite, dans HubSpot</translation>
    </message>
    <message>
        <source>One more step in HubSpot</source>
        <translation>Encore une étape dans HubSpot</translation>
    </message>
    <message>
        <source>OpenCX stops reading and answering the conversations of %1: customers who write there get no AI reply.</source>
        <translation>OpenCX cesse de lire les conversations de %1 et d&apos;y répondre&#xa0;: les clients qui y écrivent ne reçoivent plus de réponse de l&apos;IA.</translation>
    </message>
    <message>
        <source>Existing OpenCX sessions stay available in OpenCX.</source>
        <translation>Les sessions OpenCX existantes restent disponibles dans OpenCX.</translation>
    </message>
    <message>
        <source>Nothing is deleted in HubSpot: its conversations, tickets and contacts stay as they are.</source>
        <translation>Rien n&apos;est supprimé dans HubSpot&#xa0;: les conversations, tickets et contacts restent tels quels.</translation>
    </message>
    <message>
        <source>This computer forgets the legacy app&apos;s token.</source>
        <translation>Cet ordinateur oublie le jeton de l&apos;application héritée.</translation>
    </message>
    <message>
        <source>You can connect again later with this assistant.</source>
        <translation>Vous pourrez reconnecter HubSpot plus tard avec cet assistant.</translation>
    </message>
    <message>
        <source>OpenCX no longer reads or answers the conversations of %1.</source>
        <translation>OpenCX ne lit plus les conversations de %1 et n&apos;y répond plus.</translation>
    </message>
    <message>
        <source>Existing OpenCX sessions remain available.</source>
        <translation>Les sessions OpenCX existantes restent disponibles.</translation>
    </message>
    <message>
        <source>The legacy app&apos;s token was removed from this computer.</source>
        <translation>Le jeton de l&apos;application héritée a été supprimé de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>flow.domains</name>
    <message>
        <source>Enter a domain pattern.</source>
        <translation>Saisissez un modèle de domaine.</translation>
    </message>
    <message>
        <source>Leave out http:// or https://.</source>
        <translation>Retirez http:// ou https://.</translation>
    </message>
    <message>
        <source>Enter only the part after the @, for example open.cx for anna@open.cx.</source>
        <translation>Saisissez seulement la partie après le @, par exemple open.cx pour anna@open.cx.</translation>
    </message>
    <message>
        <source>Leave out any path after the domain.</source>
        <translation>Retirez le chemin après le domaine.</translation>
    </message>
    <message>
        <source>Leave out the port number.</source>
        <translation>Retirez le numéro de port.</translation>
    </message>
    <message>
        <source>A domain pattern has no spaces.</source>
        <translation>Un modèle de domaine ne contient pas d&apos;espace.</translation>
    </message>
    <message>
        <source>A lone * would match every address. Name an ending, like *.nl.</source>
        <translation>Un * seul correspondrait à toutes les adresses. Indiquez une fin d&apos;adresse, comme *.nl.</translation>
    </message>
    <message>
        <source>The * can only stand at the very start, followed by a dot, like *.co.uk.</source>
        <translation>Le * ne peut être qu&apos;au tout début, suivi d&apos;un point, comme dans *.co.uk.</translation>
    </message>
    <message>
        <source>Did you mean *%1?</source>
        <translation>Vouliez-vous dire *%1&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un domaine valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only an ending. Write *.%1 for every address ending in .%1, or a full domain like example.%1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est qu&apos;une fin d&apos;adresse. Écrivez *.%1 pour toutes les adresses qui se terminent par .%1, ou un domaine complet comme example.%1.</translation>
    </message>
    <message>
        <source>Use a domain like open.cx, or *.nl for every address ending in .nl.</source>
        <translation>Indiquez un domaine comme open.cx, ou *.nl pour toutes les adresses qui se terminent par .nl.</translation>
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
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Property change</source>
        <translation>Modification de propriété</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Private Apps</source>
        <translation>Applications privées</translation>
    </message>
    <message>
        <source>Legacy Apps</source>
        <translation>Applications héritées</translation>
    </message>
    <message>
        <source>Open your legacy app in HubSpot</source>
        <translation>Ouvrez votre application héritée dans HubSpot</translation>
    </message>
    <message>
        <source>Check the app has these eight scopes</source>
        <translation>Vérifiez que l&apos;application a ces huit autorisations</translation>
    </message>
    <message>
        <source>Check the app sends its webhooks to this URL</source>
        <translation>Vérifiez que l&apos;application envoie ses webhooks à cette URL</translation>
    </message>
    <message>
        <source>Check the app has these three subscriptions</source>
        <translation>Vérifiez que l&apos;application a ces trois abonnements</translation>
    </message>
    <message>
        <source>Click Commit changes in HubSpot if you changed anything</source>
        <translation>Cliquez sur Valider les modifications si besoin</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversations</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>transactions</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>propriétaires</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>listes</translation>
    </message>
    <message>
        <source>HubSpot workflow actions</source>
        <translation>actions de workflow HubSpot</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Approve OpenCX on HubSpot&apos;s consent screen</source>
        <translation>Autorisez OpenCX sur l&apos;écran d&apos;autorisation de HubSpot</translation>
    </message>
    <message>
        <source>Use the legacy private app your portal already has and paste its token</source>
        <translation>Utilisez l&apos;application privée héritée que votre compte possède déjà et collez son jeton</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Issued and refreshed automatically</source>
        <translation>Émis et renouvelés automatiquement</translation>
    </message>
    <message>
        <source>One token you copy from the app; rotate it by hand</source>
        <translation>Un seul jeton, copié depuis l&apos;application&#xa0;; à renouveler vous-même</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Registered by OpenCX during install</source>
        <translation>Enregistrés par OpenCX pendant l&apos;installation</translation>
    </message>
    <message>
        <source>You check the webhook URL and three subscriptions on the app yourself</source>
        <translation>Vous vérifiez vous-même l&apos;URL du webhook et les trois abonnements de l&apos;application</translation>
    </message>
    <message>
        <source>AI sender</source>
        <translation>Expéditeur de l&apos;IA</translation>
    </message>
    <message>
        <source>Picked from a HubSpot teammate dropdown after connect</source>
        <translation>Choisi dans la liste des membres de l&apos;équipe HubSpot après la connexion</translation>
    </message>
    <message>
        <source>A default HubSpot user, picked from your teammates</source>
        <translation>Un utilisateur HubSpot par défaut, choisi parmi les membres de votre équipe</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Actions de workflow</translation>
    </message>
    <message>
        <source>Adds OpenCX actions to HubSpot workflows</source>
        <translation>Ajoute des actions OpenCX aux workflows HubSpot</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Since 26 October 2026 HubSpot no longer lets anyone create a legacy app; apps that already exist keep working. HubSpot&apos;s newer Service Keys cannot stand in for one, because they cannot send OpenCX your new conversations. No legacy app in your portal? Choose Connect with HubSpot.</source>
        <translation>Depuis le 26 octobre 2026, HubSpot ne permet plus à personne de créer une application héritée&#xa0;; celles qui existent déjà continuent de fonctionner. Les nouvelles clés de service de HubSpot ne peuvent pas la remplacer, car elles ne peuvent pas transmettre vos nouvelles conversations à OpenCX. Pas d&apos;application héritée dans votre compte&#xa0;? Choisissez «&#xa0;Connecter à HubSpot&#xa0;».</translation>
    </message>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Connecter à HubSpot</translation>
    </message>
    <message>
        <source>Recommended · about two minutes</source>
        <translation>Recommandé · environ deux minutes</translation>
    </message>
    <message>
        <source>Approve OpenCX in HubSpot in your browser. OpenCX sets up the rest and keeps the connection working, and adds its actions to HubSpot workflows.</source>
        <translation>Autorisez OpenCX dans HubSpot depuis votre navigateur. OpenCX s&apos;occupe du reste, maintient la connexion en état de marche et ajoute ses actions aux workflows HubSpot.</translation>
    </message>
    <message>
        <source>Use an existing legacy app</source>
        <translation>Utiliser une application héritée existante</translation>
    </message>
    <message>
        <source>Older setups</source>
        <translation>Anciennes configurations</translation>
    </message>
    <message>
        <source>Only for a HubSpot portal that already has a legacy app for OpenCX: HubSpot no longer lets anyone create new ones.</source>
        <translation>Uniquement pour un compte HubSpot qui a déjà une application héritée pour OpenCX&#xa0;: HubSpot ne permet plus d&apos;en créer de nouvelles.</translation>
    </message>
    <message>
        <source>A HubSpot workflow claims the conversation for a human.</source>
        <translation>Un workflow HubSpot réserve la conversation à une personne.</translation>
    </message>
    <message>
        <source>A workflow returns a handed-off conversation to the AI.</source>
        <translation>Un workflow rend à l&apos;IA une conversation qui avait été transférée.</translation>
    </message>
    <message>
        <source>A workflow decides the latest customer message should be processed by the AI.</source>
        <translation>Un workflow décide que le dernier message du client doit être traité par l&apos;IA.</translation>
    </message>
    <message>
        <source>HubSpot should ask OpenCX to hand the session to a human.</source>
        <translation>HubSpot doit demander à OpenCX de transférer la session à une personne.</translation>
    </message>
    <message>
        <source>The conversation appears in HubSpot</source>
        <translation>La conversation apparaît dans HubSpot</translation>
    </message>
    <message>
        <source>A matching session appears in the OpenCX inbox</source>
        <translation>Une session correspondante apparaît dans la boîte de réception OpenCX</translation>
    </message>
    <message>
        <source>The AI reply posts back to the same HubSpot thread</source>
        <translation>La réponse de l&apos;IA est publiée dans le même fil HubSpot</translation>
    </message>
    <message>
        <source>A handoff is triggered</source>
        <translation>Un transfert est déclenché</translation>
    </message>
    <message>
        <source>The handoff note appears in HubSpot with a link to the OpenCX session</source>
        <translation>La note de transfert apparaît dans HubSpot avec un lien vers la session OpenCX</translation>
    </message>
    <message>
        <source>A HubSpot ticket tagged opencx_handedoff is created for your team</source>
        <translation>Un ticket HubSpot marqué opencx_handedoff est créé pour votre équipe</translation>
    </message>
    <message>
        <source>The test runs on email or web chat. WhatsApp, SMS and phone conversations never appear in HubSpot: HubSpot only gets a ticket when OpenCX hands one to your team.</source>
        <translation>Le test se fait par e-mail ou par chat web. Les conversations WhatsApp, SMS et téléphone n&apos;apparaissent jamais dans HubSpot&#xa0;: HubSpot reçoit seulement un ticket quand OpenCX en transfère un à votre équipe.</translation>
    </message>
</context>
<context>
    <name>flow.message_destination</name>
    <message>
        <source>Use the email address connected to your HubSpot inbox: in HubSpot, open Settings → Inboxes, choose the inbox, and look under Channels.</source>
        <translation>Utilisez l&apos;adresse e-mail connectée à votre boîte de réception HubSpot&#xa0;: dans HubSpot, ouvrez Paramètres → Boîtes de réception, choisissez la boîte de réception et regardez sous Canaux.</translation>
    </message>
    <message>
        <source>Open a page of your website that shows the HubSpot chat widget: in HubSpot, open Settings → Inboxes, choose the inbox, and look under Channels for the chat.</source>
        <translation>Ouvrez une page de votre site web qui affiche le widget de chat HubSpot&#xa0;: dans HubSpot, ouvrez Paramètres → Boîtes de réception, choisissez la boîte de réception et cherchez le chat sous Canaux.</translation>
    </message>
</context>
<context>
    <name>flow.navigation</name>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: open your legacy app in HubSpot.</source>
        <translation>Cochez chaque point dès qu&apos;il correspond dans HubSpot. Étape suivante&#xa0;: ouvrez votre application héritée dans HubSpot.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app has these eight scopes.</source>
        <translation>Cochez chaque point dès qu&apos;il correspond dans HubSpot. Étape suivante&#xa0;: vérifiez que l&apos;application a ces huit autorisations.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app sends its webhooks to this URL.</source>
        <translation>Cochez chaque point dès qu&apos;il correspond dans HubSpot. Étape suivante&#xa0;: vérifiez que l&apos;application envoie ses webhooks à cette URL.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app has these three subscriptions.</source>
        <translation>Cochez chaque point dès qu&apos;il correspond dans HubSpot. Étape suivante&#xa0;: vérifiez que l&apos;application a ces trois abonnements.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: click Commit changes in HubSpot if you changed anything.</source>
        <translation>Cochez chaque point dès qu&apos;il correspond dans HubSpot. Étape suivante&#xa0;: cliquez sur Valider les modifications si besoin.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1. OpenCX will store %1 conversations but will not reply to them, so your test message will get no AI reply. Turn it on before you test.</source>
        <translation>Autopilot est désactivé pour le canal %1. OpenCX enregistrera les conversations du canal %1 mais n&apos;y répondra pas&#xa0;: votre message de test n&apos;obtiendra donc aucune réponse de l&apos;IA. Activez-le avant de tester.</translation>
    </message>
    <message>
        <source>Not met: %1.</source>
        <translation>Condition non remplie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not met: %1. %2</source>
        <translation>Condition non remplie&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Confirm each item first: %1.</source>
        <translation>Confirmez d&apos;abord chaque point&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sign in to OpenCX to continue.</source>
        <translation>Connectez-vous à OpenCX pour continuer.</translation>
    </message>
    <message>
        <source>You are signed in as %1, a member of %2. Only owners and admins can connect HubSpot. Ask an owner to make you an admin, or to run this setup.</source>
        <translation>Vous êtes connecté en tant que %1, membre de %2. Seuls les propriétaires et les administrateurs peuvent connecter HubSpot. Demandez à un propriétaire de vous nommer administrateur, ou de faire cette configuration.</translation>
    </message>
    <message>
        <source>Connect with HubSpot and approve OpenCX to continue.</source>
        <translation>Connectez HubSpot et autorisez OpenCX pour continuer.</translation>
    </message>
    <message>
        <source>Pick the teammate the AI posts as.</source>
        <translation>Choisissez le membre de l&apos;équipe au nom duquel l&apos;IA publie.</translation>
    </message>
    <message>
        <source>Finish the test message checklist, or choose to skip it for now.</source>
        <translation>Terminez la liste de vérification du message de test, ou choisissez de la passer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>C&apos;est la dernière étape.</translation>
    </message>
    <message>
        <source>Paste the private app access token.</source>
        <translation>Collez le jeton d&apos;accès de l&apos;application privée.</translation>
    </message>
    <message>
        <source>The token has not been checked with HubSpot yet.</source>
        <translation>Le jeton n&apos;a pas encore été vérifié auprès de HubSpot.</translation>
    </message>
    <message>
        <source>The private app is missing these scopes: %1. Add them in HubSpot, then check the token again.</source>
        <translation>Il manque ces autorisations à l&apos;application privée&#xa0;: %1. Ajoutez-les dans HubSpot, puis vérifiez de nouveau le jeton.</translation>
    </message>
    <message>
        <source>Pick the default user (the teammate OpenCX acts as).</source>
        <translation>Choisissez l&apos;utilisateur par défaut (le membre de l&apos;équipe au nom duquel OpenCX agit).</translation>
    </message>
    <message>
        <source>Save the credentials in OpenCX to continue.</source>
        <translation>Enregistrez les identifiants dans OpenCX pour continuer.</translation>
    </message>
    <message>
        <source>The %1 step is not on this path.</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» ne fait pas partie de ce parcours.</translation>
    </message>
    <message>
        <source>That page cannot be opened from here.</source>
        <translation>Cette page ne peut pas être ouverte d&apos;ici.</translation>
    </message>
    <message>
        <source>That setting exists only with “Connect with HubSpot”.</source>
        <translation>Ce paramètre n&apos;existe qu&apos;avec «&#xa0;Connecter à HubSpot&#xa0;».</translation>
    </message>
</context>
<context>
    <name>flow.newer_version</name>
    <message>
        <source>Version %1 is available</source>
        <translation>La version %1 est disponible</translation>
    </message>
    <message>
        <source>Opens the page about version %1 in your browser. Nothing is downloaded or installed unless you choose to there.</source>
        <translation>Ouvre la page de la version %1 dans votre navigateur. Rien n&apos;est téléchargé ni installé, sauf si vous le choisissez sur cette page.</translation>
    </message>
</context>
<context>
    <name>flow.portal_report</name>
    <message>
        <source>OpenCX cannot read the portal&apos;s details</source>
        <translation>OpenCX ne peut pas lire les informations du compte</translation>
    </message>
    <message>
        <source>OpenCX does not see new conversations, so the AI never answers</source>
        <translation>OpenCX ne voit pas les nouvelles conversations et l&apos;IA ne répond donc jamais</translation>
    </message>
    <message>
        <source>the AI cannot post replies or handoff notes in HubSpot</source>
        <translation>l&apos;IA ne peut pas publier de réponses ni de notes de transfert dans HubSpot</translation>
    </message>
    <message>
        <source>handoffs create no HubSpot ticket</source>
        <translation>les transferts ne créent aucun ticket HubSpot</translation>
    </message>
    <message>
        <source>OpenCX cannot find the customer&apos;s contact</source>
        <translation>OpenCX ne trouve pas la fiche contact du client</translation>
    </message>
    <message>
        <source>OpenCX cannot create a contact for a new customer</source>
        <translation>OpenCX ne peut pas créer de contact pour un nouveau client</translation>
    </message>
    <message>
        <source>the AI does not see the customer&apos;s company</source>
        <translation>l&apos;IA ne voit pas l&apos;entreprise du client</translation>
    </message>
    <message>
        <source>the AI does not see the customer&apos;s deals</source>
        <translation>l&apos;IA ne voit pas les transactions du client</translation>
    </message>
    <message>
        <source>your teammates cannot be listed to pick who the AI posts as</source>
        <translation>les membres de votre équipe ne peuvent pas être listés pour choisir l&apos;expéditeur de l&apos;IA</translation>
    </message>
    <message>
        <source>attachments cannot be passed between HubSpot and OpenCX</source>
        <translation>les pièces jointes ne peuvent pas passer entre HubSpot et OpenCX</translation>
    </message>
    <message>
        <source>HubSpot lists cannot be used</source>
        <translation>les listes HubSpot ne peuvent pas être utilisées</translation>
    </message>
    <message>
        <source>the four OpenCX workflow actions are not added to HubSpot workflows</source>
        <translation>les quatre actions de workflow OpenCX ne sont pas ajoutées aux workflows HubSpot</translation>
    </message>
    <message>
        <source>workflow actions</source>
        <translation>actions de workflow</translation>
    </message>
    <message>
        <source>a standard HubSpot account</source>
        <translation>un compte HubSpot standard</translation>
    </message>
    <message>
        <source>a HubSpot sandbox account</source>
        <translation>un compte sandbox HubSpot</translation>
    </message>
    <message>
        <source>a developer test account</source>
        <translation>un compte de test pour développeurs</translation>
    </message>
    <message>
        <source>an app developer account</source>
        <translation>un compte de développeur d&apos;applications</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>Asia Pacific</source>
        <translation>Asie-Pacifique</translation>
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
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>no channel connected</source>
        <translation>aucun canal connecté</translation>
    </message>
    <message>
        <source>%1 (help desk): %2</source>
        <translation>%1 (Help Desk)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (inbox): %2</source>
        <translation>%1 (boîte de réception)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Inboxes and permissions: not read yet.</source>
        <translation>Boîtes de réception et autorisations&#xa0;: pas encore lues.</translation>
    </message>
    <message>
        <source>Service Hub subscription: not checked, because HubSpot does not tell apps. OpenCX needs Service Hub Starter or above: you can see yours in HubSpot under Account &amp; Billing.</source>
        <translation>Abonnement Service Hub&#xa0;: non vérifié, car HubSpot ne l&apos;indique pas aux applications. OpenCX a besoin de Service Hub Starter ou supérieur&#xa0;: vous pouvez voir le vôtre dans HubSpot sous Compte et facturation.</translation>
    </message>
    <message>
        <source>Portal type: not reported by HubSpot.</source>
        <translation>Type de compte&#xa0;: non indiqué par HubSpot.</translation>
    </message>
    <message>
        <source>Portal type: %1.</source>
        <translation>Type de compte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Portal type: %1, meant for trying things out, not for real customers.</source>
        <translation>Type de compte&#xa0;: %1, destiné aux essais, pas aux vrais clients.</translation>
    </message>
    <message>
        <source>Fine for a trial. For your customers, disconnect and connect your standard portal.</source>
        <translation>Convient pour un essai. Pour vos clients, déconnectez-le et connectez votre compte standard.</translation>
    </message>
    <message>
        <source>Data hosting region: not reported by HubSpot.</source>
        <translation>Région d&apos;hébergement des données&#xa0;: non indiquée par HubSpot.</translation>
    </message>
    <message>
        <source>Data hosted in: %1.</source>
        <translation>Région d&apos;hébergement des données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Inboxes: could not be read, so the inboxes and channels were not checked.</source>
        <translation>Boîtes de réception&#xa0;: impossible de les lire, les boîtes de réception et les canaux n&apos;ont donc pas été vérifiés.</translation>
    </message>
    <message>
        <source>Check again in a moment. If it keeps failing, check the conversations permission below.</source>
        <translation>Vérifiez de nouveau dans un instant. Si l&apos;échec persiste, vérifiez l&apos;autorisation conversations ci-dessous.</translation>
    </message>
    <message>
        <source>Inboxes: none found. OpenCX only sees conversations that arrive in a HubSpot inbox.</source>
        <translation>Boîtes de réception&#xa0;: aucune trouvée. OpenCX ne voit que les conversations qui arrivent dans une boîte de réception HubSpot.</translation>
    </message>
    <message>
        <source>In HubSpot, create an inbox (Settings → Inboxes &amp; Help Desks) and connect an email address or the chat widget to it.</source>
        <translation>Dans HubSpot, créez une boîte de réception (Paramètres → Boîtes de réception et Help Desk) et connectez-y une adresse e-mail ou le widget de chat.</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>Boîte de réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>No email address or chat is connected to an inbox, so a test message has nowhere to arrive.</source>
        <translation>Aucune adresse e-mail ni aucun chat n&apos;est connecté à une boîte de réception&#xa0;: un message de test ne peut donc arriver nulle part.</translation>
    </message>
    <message>
        <source>In HubSpot, connect an email address or the chat widget to an inbox (Settings → Inboxes &amp; Help Desks).</source>
        <translation>Dans HubSpot, connectez une adresse e-mail ou le widget de chat à une boîte de réception (Paramètres → Boîtes de réception et Help Desk).</translation>
    </message>
    <message>
        <source>A help desk is in use in this portal.</source>
        <translation>Ce compte utilise un Help Desk.</translation>
    </message>
    <message>
        <source>No help desk: conversations arrive in an ordinary inbox, which OpenCX also answers.</source>
        <translation>Pas de Help Desk&#xa0;: les conversations arrivent dans une boîte de réception ordinaire, à laquelle OpenCX répond aussi.</translation>
    </message>
    <message>
        <source>Permissions: HubSpot did not report which permissions were granted.</source>
        <translation>Autorisations&#xa0;: HubSpot n&apos;a pas indiqué quelles autorisations ont été accordées.</translation>
    </message>
    <message>
        <source>Permission %1 is missing: %2.</source>
        <translation>Il manque l&apos;autorisation %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>OpenCX needs it</source>
        <translation>OpenCX en a besoin</translation>
    </message>
    <message numerus="yes">
        <source>Permissions: all %n that OpenCX requires were granted.</source>
        <translation>
            <numerusform>Autorisations&#xa0;: l&apos;autorisation requise par OpenCX (%n) a été accordée.</numerusform>
            <numerusform>Autorisations&#xa0;: les %n autorisations requises par OpenCX ont toutes été accordées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: granted.</source>
        <translation>%1&#xa0;: accordée.</translation>
    </message>
    <message>
        <source>an optional feature is off</source>
        <translation>une fonction facultative est désactivée</translation>
    </message>
    <message>
        <source>%1: not granted, so %2. HubSpot leaves it out when the portal&apos;s subscription does not include it.</source>
        <translation>%1&#xa0;: non accordée, donc %2. HubSpot l&apos;omet quand l&apos;abonnement du compte ne l&apos;inclut pas.</translation>
    </message>
    <message>
        <source>Everything else works. If your subscription includes workflows, disconnect and connect again.</source>
        <translation>Tout le reste fonctionne. Si votre abonnement inclut les workflows, déconnectez puis reconnectez HubSpot.</translation>
    </message>
    <message>
        <source>Workflow actions: not available with a legacy private app (only with “Connect with HubSpot”).</source>
        <translation>Actions de workflow&#xa0;: non disponibles avec une application privée héritée (uniquement avec «&#xa0;Connecter à HubSpot&#xa0;»).</translation>
    </message>
    <message>
        <source>Optional permission %1 (%2)</source>
        <translation>Autorisation facultative %1 (%2)</translation>
    </message>
    <message>
        <source>Optional permission %1</source>
        <translation>Autorisation facultative %1</translation>
    </message>
    <message>
        <source>Add it on the legacy app&apos;s Scopes tab in HubSpot, click Commit changes, then check the token again.</source>
        <translation>Ajoutez-la dans l&apos;onglet «&#xa0;Champs d&apos;application&#xa0;» de l&apos;application héritée dans HubSpot, cliquez sur Valider les modifications, puis vérifiez de nouveau le jeton.</translation>
    </message>
    <message>
        <source>Disconnect, then connect with HubSpot again and approve every permission.</source>
        <translation>Déconnectez, puis reconnectez HubSpot et acceptez toutes les autorisations demandées.</translation>
    </message>
</context>
<context>
    <name>flow.problems</name>
    <message>
        <source>Check this field</source>
        <translation>Vérifiez ce champ</translation>
    </message>
    <message>
        <source>Correct the field and try again.</source>
        <translation>Corrigez le champ et réessayez.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, export diagnostics from the Summary page for OpenCX support.</source>
        <translation>Réessayez. Si le problème se reproduit, exportez le fichier de diagnostic depuis la page «&#xa0;Récapitulatif&#xa0;» pour le support OpenCX.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, send %1 to OpenCX support.</source>
        <translation>Réessayez. Si le problème se reproduit, envoyez au support OpenCX le fichier créé par %1.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>The assistant ran into an unexpected problem and stopped this action.</source>
        <translation>L&apos;assistant a rencontré un problème inattendu et a arrêté cette action.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>The command was interrupted before it finished.</source>
        <translation>La commande a été interrompue avant la fin.</translation>
    </message>
    <message>
        <source>Run it again; steps already done are not repeated.</source>
        <translation>Relancez-la&#xa0;; les étapes déjà effectuées ne sont pas refaites.</translation>
    </message>
    <message>
        <source>Not signed in to OpenCX</source>
        <translation>Non connecté à OpenCX</translation>
    </message>
    <message>
        <source>This computer has no saved OpenCX session, and no API key was given.</source>
        <translation>Cet ordinateur n&apos;a aucune session OpenCX enregistrée, et aucune clé API n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>Set %1 to an owner&apos;s or admin&apos;s OpenCX API key (or use %2), or sign in once with the assistant.</source>
        <translation>Définissez %1 avec la clé API OpenCX d&apos;un propriétaire ou d&apos;un administrateur (ou utilisez %2), ou connectez-vous une fois avec l&apos;assistant.</translation>
    </message>
    <message>
        <source>Only OpenCX owners and admins can connect HubSpot</source>
        <translation>Seuls les propriétaires et administrateurs OpenCX peuvent connecter HubSpot</translation>
    </message>
    <message>
        <source>Run the setup with an owner&apos;s or admin&apos;s API key or browser sign-in.</source>
        <translation>Lancez la configuration avec la clé API ou la connexion par navigateur d&apos;un propriétaire ou d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>HubSpot is not connected</source>
        <translation>HubSpot n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>There is no connection to export for this OpenCX organization.</source>
        <translation>Il n&apos;y a aucune connexion à exporter pour cette organisation OpenCX.</translation>
    </message>
    <message>
        <source>Connect HubSpot first (with the assistant or %1).</source>
        <translation>Connectez d&apos;abord HubSpot (avec l&apos;assistant ou %1).</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... et %n autre</numerusform>
            <numerusform>... et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers file cannot be used</source>
        <translation>Le fichier de réponses est inutilisable</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Correct the file (%1 describes every setting) and run again. Nothing was changed: the whole file is checked before anything is saved.</source>
        <translation>Corrigez le fichier (%1 décrit chaque paramètre) et relancez. Rien n&apos;a été modifié&#xa0;: tout le fichier est vérifié avant le moindre enregistrement.</translation>
    </message>
    <message>
        <source>An answer was refused</source>
        <translation>Une réponse a été refusée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Correct the answers file and run again; nothing else was changed by this step.</source>
        <translation>Corrigez le fichier de réponses et relancez&#xa0;; cette étape n&apos;a rien modifié d&apos;autre.</translation>
    </message>
    <message>
        <source>The setup is not complete</source>
        <translation>La configuration n&apos;est pas terminée</translation>
    </message>
    <message>
        <source>Add the missing answer to the answers file and run again.</source>
        <translation>Ajoutez la réponse manquante au fichier de réponses et relancez.</translation>
    </message>
    <message>
        <source>The %1 is missing</source>
        <translation>Votre %1 est introuvable</translation>
    </message>
    <message>
        <source>The answers file says the %1 is in %2, but nothing is there.</source>
        <translation>D&apos;après le fichier de réponses, votre %1 se trouve dans %2, mais il n&apos;y a rien.</translation>
    </message>
    <message>
        <source>No private app token</source>
        <translation>Aucun jeton d&apos;application privée</translation>
    </message>
    <message>
        <source>Not a private app token</source>
        <translation>Ce n&apos;est pas un jeton d&apos;application privée</translation>
    </message>
    <message>
        <source>The token is not usable.</source>
        <translation>Le jeton est inutilisable.</translation>
    </message>
    <message>
        <source>Copy the token from the private app&apos;s Auth tab in HubSpot and put it in %1.</source>
        <translation>Copiez le jeton depuis l&apos;onglet «&#xa0;Authentification&#xa0;» de l&apos;application privée dans HubSpot et placez-le dans %1.</translation>
    </message>
    <message>
        <source>Reconnect with an OAuth answers file (%1), or in the assistant&apos;s HubSpot connection page.</source>
        <translation>Reconnectez HubSpot avec un fichier de réponses OAuth (%1), ou depuis la page «&#xa0;Connexion HubSpot&#xa0;» de l&apos;assistant.</translation>
    </message>
    <message>
        <source>HubSpot is connected another way</source>
        <translation>HubSpot est connecté d&apos;une autre manière</translation>
    </message>
    <message>
        <source>Portal %1 is connected through the %2; the answers file asks for the %3.</source>
        <translation>Le compte %1 est connecté via %2&#xa0;; le fichier de réponses demande %3.</translation>
    </message>
    <message>
        <source>Disconnect HubSpot first (in the assistant&apos;s manage page), or change method in the answers file.</source>
        <translation>Déconnectez d&apos;abord HubSpot (dans la page «&#xa0;Connexion HubSpot&#xa0;» de l&apos;assistant), ou changez de méthode dans le fichier de réponses.</translation>
    </message>
    <message>
        <source>Approve %1 on HubSpot&apos;s screen and run again. To move OpenCX to %2 instead, set %3 in the answers file.</source>
        <translation>Autorisez %1 sur l&apos;écran de HubSpot et relancez. Pour passer OpenCX sur %2 à la place, indiquez %3 dans le fichier de réponses.</translation>
    </message>
    <message>
        <source>Another HubSpot portal is connected</source>
        <translation>Un autre compte HubSpot est connecté</translation>
    </message>
    <message>
        <source>The answers file expects portal %1, but portal %2 is connected.</source>
        <translation>Le fichier de réponses attend le compte %1, mais c&apos;est le compte %2 qui est connecté.</translation>
    </message>
    <message>
        <source>Choose the right portal on HubSpot&apos;s consent screen, or disconnect and run again.</source>
        <translation>Choisissez le bon compte sur l&apos;écran d&apos;autorisation de HubSpot, ou déconnectez-le et relancez.</translation>
    </message>
    <message numerus="yes">
        <source>After %n second(s) this check had not happened: %1.</source>
        <translation>
            <numerusform>Après %n seconde, cette vérification n&apos;avait pas eu lieu&#xa0;: %1.</numerusform>
            <numerusform>Après %n secondes, cette vérification n&apos;avait pas eu lieu&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>After %1 seconds this check had not happened: %2.</source>
        <translation>Après %1 secondes, cette vérification n&apos;avait pas eu lieu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The test message checklist did not finish</source>
        <translation>La liste de vérification du message de test n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Send the test message to an address or chat widget HubSpot routes, then run again (or raise %1).</source>
        <translation>Envoyez le message de test à une adresse e-mail ou à un widget de chat relié à HubSpot, puis relancez (ou augmentez %1).</translation>
    </message>
    <message>
        <source>The test message checklist stopped</source>
        <translation>La liste de vérification du message de test s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>This check did not pass: %1.</source>
        <translation>Cette vérification a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not every check passed.</source>
        <translation>Certaines vérifications ont échoué.</translation>
    </message>
    <message>
        <source>Look at the checklist in the assistant for the likely cause.</source>
        <translation>Consultez la liste de vérification dans l&apos;assistant pour connaître la cause probable.</translation>
    </message>
    <message>
        <source>You are signed out of OpenCX</source>
        <translation>Vous êtes déconnecté d&apos;OpenCX</translation>
    </message>
    <message>
        <source>Your OpenCX sign-in has ended or is no longer accepted.</source>
        <translation>Votre connexion à OpenCX a expiré ou n&apos;est plus acceptée.</translation>
    </message>
    <message>
        <source>Sign in to OpenCX again.</source>
        <translation>Connectez-vous de nouveau à OpenCX.</translation>
    </message>
    <message>
        <source>OpenCX did not confirm the connection</source>
        <translation>OpenCX n&apos;a pas confirmé la connexion</translation>
    </message>
    <message>
        <source>The credentials were sent, but OpenCX does not show HubSpot as connected.</source>
        <translation>Les identifiants ont été envoyés, mais OpenCX n&apos;indique pas HubSpot comme connecté.</translation>
    </message>
    <message>
        <source>Try Save again. If it keeps happening, export diagnostics for support.</source>
        <translation>Cliquez de nouveau sur «&#xa0;Enregistrer dans OpenCX&#xa0;». Si le problème persiste, exportez le fichier de diagnostic pour le support.</translation>
    </message>
    <message>
        <source>This API key was not copied correctly</source>
        <translation>Cette clé API n&apos;a pas été copiée correctement</translation>
    </message>
    <message>
        <source>Add them on the app&apos;s Scopes tab in HubSpot, click Commit changes, then paste the token and check it again.</source>
        <translation>Ajoutez-les dans l&apos;onglet «&#xa0;Champs d&apos;application&#xa0;» de l&apos;application dans HubSpot, cliquez sur Valider les modifications, puis collez le jeton et vérifiez-le de nouveau.</translation>
    </message>
    <message>
        <source>Add them on the app&apos;s Scopes tab in HubSpot, click Commit changes, then run again.</source>
        <translation>Ajoutez-les dans l&apos;onglet «&#xa0;Champs d&apos;application&#xa0;» de l&apos;application dans HubSpot, cliquez sur Valider les modifications, puis relancez.</translation>
    </message>
    <message>
        <source>The legacy app is missing scopes</source>
        <translation>Il manque des autorisations à l&apos;application héritée</translation>
    </message>
    <message>
        <source>HubSpot accepted the token, but the app is missing these scopes: %1.</source>
        <translation>HubSpot a accepté le jeton, mais il manque ces autorisations (scopes) à l&apos;application&#xa0;: %1.</translation>
    </message>
    <message>
        <source>You approved a different HubSpot portal</source>
        <translation>Vous avez autorisé un autre compte HubSpot</translation>
    </message>
    <message>
        <source>OpenCX is connected to %1, but you approved %2 in HubSpot. Nothing has changed yet.</source>
        <translation>OpenCX fonctionne avec %1, mais vous avez autorisé %2 dans HubSpot. Rien n&apos;a encore changé.</translation>
    </message>
    <message>
        <source>Go back to the setup assistant: it asks whether OpenCX moves to the new portal or stays with the one it has.</source>
        <translation>Revenez à l&apos;assistant de configuration&#xa0;: il vous demande si OpenCX passe au nouveau compte ou reste sur l&apos;actuel.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Réessayez. Si le problème persiste, exportez le fichier de diagnostic pour le support.</translation>
    </message>
    <message>
        <source>Access was not allowed</source>
        <translation>L&apos;accès n&apos;a pas été autorisé</translation>
    </message>
    <message>
        <source>You chose not to allow access.</source>
        <translation>Vous avez choisi de ne pas autoriser l&apos;accès.</translation>
    </message>
    <message>
        <source>To continue, try again and choose to allow access on that page.</source>
        <translation>Pour continuer, réessayez et choisissez d&apos;autoriser l&apos;accès sur cette page.</translation>
    </message>
    <message>
        <source>Your HubSpot user may not install apps in that portal</source>
        <translation>Votre utilisateur HubSpot ne peut pas installer d&apos;applications dans ce compte</translation>
    </message>
    <message>
        <source>In the portal you chose, your HubSpot user is not a super admin and does not have the App Marketplace Access permission, which HubSpot requires to install apps like OpenCX.</source>
        <translation>Dans le compte choisi, votre utilisateur HubSpot n&apos;est pas super administrateur et n&apos;a pas l&apos;autorisation «&#xa0;Accès au marketplace des applications&#xa0;», exigée par HubSpot pour installer des applications comme OpenCX.</translation>
    </message>
    <message>
        <source>Ask a super admin of that portal to connect OpenCX, or to give you App Marketplace Access (HubSpot: Settings → Users &amp; Teams), then try again.</source>
        <translation>Demandez à un super administrateur de ce compte de connecter OpenCX ou de vous donner l&apos;autorisation «&#xa0;Accès au marketplace des applications&#xa0;» (HubSpot&#xa0;: Paramètres → Utilisateurs et équipes), puis réessayez.</translation>
    </message>
    <message>
        <source>That HubSpot portal needs Service Hub</source>
        <translation>Ce compte HubSpot a besoin de Service Hub</translation>
    </message>
    <message>
        <source>HubSpot says the OpenCX app is not available for the selected portal, because the portal does not have Service Hub Starter or above. OpenCX needs it for HubSpot conversations and tickets.</source>
        <translation>HubSpot indique que l&apos;application OpenCX n&apos;est pas disponible pour le compte sélectionné, car ce compte n&apos;a pas Service Hub Starter ou supérieur. OpenCX en a besoin pour les conversations et les tickets HubSpot.</translation>
    </message>
    <message>
        <source>Choose a portal that has Service Hub, or add Service Hub to this one in HubSpot (Account &amp; Billing), then try again.</source>
        <translation>Choisissez un compte qui a Service Hub, ou ajoutez Service Hub à celui-ci dans HubSpot (Compte et facturation), puis réessayez.</translation>
    </message>
    <message>
        <source>The connection did not go through</source>
        <translation>La connexion n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Something went wrong on the other side while finishing this step.</source>
        <translation>Un problème est survenu de l&apos;autre côté pendant la finalisation de cette étape.</translation>
    </message>
    <message>
        <source>Wait a minute and try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Patientez une minute et réessayez. Si le problème persiste, exportez le fichier de diagnostic pour le support.</translation>
    </message>
    <message>
        <source>The browser came back with an error the assistant does not know.</source>
        <translation>Le navigateur a renvoyé une erreur que l&apos;assistant ne connaît pas.</translation>
    </message>
    <message numerus="yes">
        <source>The assistant waited %n minute(s) for the browser and stopped.</source>
        <translation>
            <numerusform>L&apos;assistant a attendu le navigateur pendant %n minute, puis s&apos;est arrêté.</numerusform>
            <numerusform>L&apos;assistant a attendu le navigateur pendant %n minutes, puis s&apos;est arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser step took too long</source>
        <translation>L&apos;étape dans le navigateur a pris trop de temps</translation>
    </message>
    <message>
        <source>Try again. If the browser did not open, use Copy link and open it yourself.</source>
        <translation>Réessayez. Si le navigateur ne s&apos;est pas ouvert, utilisez «&#xa0;Copier le lien&#xa0;» et ouvrez-le vous-même.</translation>
    </message>
    <message>
        <source>Start again when you are ready.</source>
        <translation>Recommencez quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>The browser step could not start</source>
        <translation>L&apos;étape dans le navigateur n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>The service gave an address the assistant will not open.</source>
        <translation>Le service a fourni une adresse que l&apos;assistant refuse d&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This computer did not let the assistant receive the browser&apos;s answer.</source>
        <translation>Cet ordinateur n&apos;a pas laissé l&apos;assistant recevoir la réponse du navigateur.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, restart the computer, or ask your IT team whether security software blocks programs from listening on this computer.</source>
        <translation>Réessayez. Si le problème persiste, redémarrez l&apos;ordinateur, ou demandez à votre service informatique si un logiciel de sécurité empêche les programmes de recevoir des connexions sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>flow.reconnect</name>
    <message>
        <source>%1 (portal %2)</source>
        <translation>%1 (compte %2)</translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation>le compte %1</translation>
    </message>
    <message>
        <source>HubSpot needs you to reconnect</source>
        <translation>HubSpot demande une reconnexion</translation>
    </message>
    <message>
        <source>Reconnect with HubSpot</source>
        <translation>Reconnecter HubSpot</translation>
    </message>
    <message>
        <source>Reconnecting opens HubSpot&apos;s approval screen again and keeps who the AI posts as, your email signatures and Autopilot.</source>
        <translation>La reconnexion rouvre l&apos;écran d&apos;autorisation de HubSpot et conserve le membre de l&apos;équipe au nom duquel l&apos;IA publie, vos signatures d&apos;e-mail et Autopilot.</translation>
    </message>
    <message>
        <source>HubSpot no longer lets OpenCX into %1. This happens when the OpenCX app was uninstalled in HubSpot or its permissions were changed. Until you reconnect, OpenCX cannot read or answer this portal&apos;s conversations.</source>
        <translation>HubSpot a coupé l&apos;accès d&apos;OpenCX pour %1. Cela arrive quand l&apos;application OpenCX a été désinstallée dans HubSpot ou que ses autorisations ont été modifiées. Tant que vous n&apos;avez pas reconnecté HubSpot, OpenCX ne peut ni lire les conversations de ce compte ni y répondre.</translation>
    </message>
    <message>
        <source>Workflow actions: HubSpot workflows can pause, resume or call the OpenCX AI.</source>
        <translation>Actions de workflow&#xa0;: les workflows HubSpot peuvent mettre en pause, reprendre ou appeler l&apos;IA d&apos;OpenCX.</translation>
    </message>
    <message>
        <source>No keys to paste or renew: HubSpot lets OpenCX in and renews that access by itself.</source>
        <translation>Plus aucune clé à coller ni à renouveler&#xa0;: HubSpot donne accès à OpenCX et renouvelle cet accès tout seul.</translation>
    </message>
    <message>
        <source>Webhooks set up for you: no subscriptions to keep up in the legacy app.</source>
        <translation>Webhooks (les notifications que HubSpot envoie à OpenCX) configurés pour vous&#xa0;: plus aucun abonnement à gérer dans l&apos;application héritée.</translation>
    </message>
    <message>
        <source>Faster agent takeover: when an agent takes a conversation, the AI stops within about a second, not at the customer&apos;s next message.</source>
        <translation>Reprise plus rapide par un agent&#xa0;: quand un agent prend une conversation, l&apos;IA s&apos;arrête en une seconde environ, sans attendre le message suivant du client.</translation>
    </message>
    <message>
        <source>Tickets, conversations, OpenCX sessions, the default user and your email signatures stay as they are.</source>
        <translation>Les tickets, les conversations, les sessions OpenCX, l&apos;utilisateur par défaut et vos signatures d&apos;e-mail restent inchangés.</translation>
    </message>
    <message>
        <source>Action recommended: switch to Connect with HubSpot</source>
        <translation>Action recommandée&#xa0;: passer à «&#xa0;Connecter à HubSpot&#xa0;»</translation>
    </message>
    <message>
        <source>Switch to Connect with HubSpot</source>
        <translation>Passer à «&#xa0;Connecter à HubSpot&#xa0;»</translation>
    </message>
    <message>
        <source>This portal is connected through a legacy private app, which HubSpot no longer lets anyone create. Switch it to “Connect with HubSpot”: you approve OpenCX once on HubSpot&apos;s own screen, without disconnecting. What changes:</source>
        <translation>Ce compte est connecté via une application privée héritée, que HubSpot ne permet plus de créer. Passez à «&#xa0;Connecter à HubSpot&#xa0;»&#xa0;: vous autorisez OpenCX une seule fois sur l&apos;écran de HubSpot, sans rien déconnecter. Ce qui change&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is connected through a legacy private app. When you approve OpenCX in HubSpot, it switches to “Connect with HubSpot” in place, without disconnecting. %2</source>
        <translation>%1 est connecté via une application privée héritée. Quand vous autorisez OpenCX dans HubSpot, il passe directement à «&#xa0;Connecter à HubSpot&#xa0;», sans déconnexion. %2</translation>
    </message>
    <message>
        <source>Switched to Connect with HubSpot</source>
        <translation>Passage à «&#xa0;Connecter à HubSpot&#xa0;» effectué</translation>
    </message>
    <message>
        <source>Reconnected with HubSpot</source>
        <translation>HubSpot reconnecté</translation>
    </message>
    <message>
        <source>OpenCX no longer uses the legacy private app. You can delete it in HubSpot if you like: Settings → Integrations → Private Apps → Legacy Apps → your app → Delete. Its webhook subscriptions are no longer needed.</source>
        <translation>OpenCX n&apos;utilise plus l&apos;application privée héritée. Vous pouvez la supprimer dans HubSpot si vous le souhaitez&#xa0;: Paramètres → Intégrations → Applications privées → Applications héritées → votre application → Supprimer. Ses abonnements aux webhooks ne sont plus nécessaires.</translation>
    </message>
    <message>
        <source>OpenCX can read and answer this portal&apos;s conversations again.</source>
        <translation>OpenCX peut de nouveau lire les conversations de ce compte et y répondre.</translation>
    </message>
    <message>
        <source>Move OpenCX to another HubSpot portal?</source>
        <translation>Passer OpenCX sur un autre compte HubSpot&#xa0;?</translation>
    </message>
    <message>
        <source>OpenCX is connected to %1, but you approved %2 in HubSpot.

Continue with %2: OpenCX reads and answers that portal&apos;s conversations from now on. Choose again who the AI posts as, because that portal has its own teammates. Email signatures and Autopilot stay.

Cancel: nothing changes; OpenCX stays with %1.</source>
        <translation>OpenCX fonctionne avec %1, mais vous avez autorisé %2 dans HubSpot.

Continuer avec %2&#xa0;: désormais, OpenCX lit les conversations de ce compte et y répond. Choisissez de nouveau au nom de qui l&apos;IA publie, car ce compte a ses propres membres d&apos;équipe. Les signatures d&apos;e-mail et Autopilot sont conservés.

Annuler&#xa0;: rien ne change&#xa0;; OpenCX reste avec %1.</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Continuer avec %1</translation>
    </message>
    <message>
        <source>Cancel, keep %1</source>
        <translation>Annuler, garder %1</translation>
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
        <translation>gestionnaires d&apos;événements (comme onclick)</translation>
    </message>
    <message>
        <source>forms</source>
        <translation>formulaires</translation>
    </message>
    <message>
        <source>frames and embedded objects</source>
        <translation>cadres et objets intégrés</translation>
    </message>
    <message>
        <source>style sheets</source>
        <translation>feuilles de style</translation>
    </message>
    <message>
        <source>remote background images</source>
        <translation>images d&apos;arrière-plan distantes</translation>
    </message>
    <message>
        <source>images not served over https</source>
        <translation>images non servies en https</translation>
    </message>
    <message>
        <source>Removed for safety, because email signatures cannot contain them: %1.</source>
        <translation>Supprimé par sécurité, car les signatures d&apos;e-mail ne peuvent pas en contenir&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The signature is larger than %1 KB. Email clients clip large signatures; link images instead of embedding them.</source>
        <translation>La signature dépasse %1 Ko. Les logiciels de messagerie tronquent les signatures trop lourdes&#xa0;: mettez un lien vers les images au lieu de les intégrer.</translation>
    </message>
    <message>
        <source>Nothing is left of this signature after removing what emails cannot contain. Paste the signature&apos;s HTML, or plain text.</source>
        <translation>Il ne reste rien de cette signature une fois retiré ce que les e-mails ne peuvent pas contenir. Collez le code HTML de la signature, ou du texte brut.</translation>
    </message>
    <message>
        <source>Write the signature first.</source>
        <translation>Rédigez d&apos;abord la signature.</translation>
    </message>
    <message>
        <source>Type the address the link opens, like https://acme.com.</source>
        <translation>Saisissez l&apos;adresse qu&apos;ouvre le lien, par exemple https://acme.com.</translation>
    </message>
    <message>
        <source>That address has no site in it, like https://acme.com.</source>
        <translation>Il manque le site dans cette adresse (par exemple https://acme.com).</translation>
    </message>
    <message>
        <source>Links to the email address %1.</source>
        <translation>Lien vers l&apos;adresse e-mail %1.</translation>
    </message>
    <message>
        <source>Links to %1.</source>
        <translation>Lien vers %1.</translation>
    </message>
    <message>
        <source>A signature link opens a web page (https://…), an email address (mailto:…) or a phone number (tel:…).</source>
        <translation>Un lien de signature ouvre une page web (https://…), une adresse e-mail (mailto:…) ou un numéro de téléphone (tel:…).</translation>
    </message>
    <message>
        <source>An address has no spaces. Copy it from the browser&apos;s bar.</source>
        <translation>Une adresse ne contient pas d&apos;espaces. Copiez-la depuis la barre d&apos;adresse du navigateur.</translation>
    </message>
    <message>
        <source>Type the image&apos;s address, like https://acme.com/logo.png. Upload the image to your website first if it is only on your computer.</source>
        <translation>Saisissez l&apos;adresse de l&apos;image, par exemple https://acme.com/logo.png. Si l&apos;image se trouve seulement sur votre ordinateur, mettez-la d&apos;abord en ligne sur votre site web.</translation>
    </message>
    <message>
        <source>Email programs block images on plain http. Use the image&apos;s https:// address.</source>
        <translation>Les logiciels de messagerie bloquent les images en http simple. Utilisez l&apos;adresse https:// de l&apos;image.</translation>
    </message>
    <message>
        <source>Use the address of an image on the web, starting with https://.</source>
        <translation>Utilisez l&apos;adresse d&apos;une image en ligne, commençant par https://.</translation>
    </message>
    <message>
        <source>Uses %1.</source>
        <translation>Adresse utilisée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>That address has no site in it, like https://acme.com/logo.png.</source>
        <translation>Il manque le site dans cette adresse (par exemple https://acme.com/logo.png).</translation>
    </message>
</context>
<context>
    <name>flow.signatures</name>
    <message>
        <source>%1 matches %2 exactly, and exact matches always win.</source>
        <translation>%1 correspond exactement à %2, et une correspondance exacte l&apos;emporte toujours.</translation>
    </message>
    <message>
        <source>%1 ends with .%2, the most specific matching ending.</source>
        <translation>%1 se termine par .%2, la terminaison correspondante la plus précise.</translation>
    </message>
    <message>
        <source>There is already a signature for %1. Edit that one instead.</source>
        <translation>Il existe déjà une signature pour %1. Modifiez plutôt celle-ci.</translation>
    </message>
</context>
<context>
    <name>flow.steps</name>
    <message>
        <source>OAuth Public App</source>
        <translation>l&apos;application publique OAuth</translation>
    </message>
    <message>
        <source>legacy private app</source>
        <translation>une application privée héritée</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Sign in to OpenCX</source>
        <translation>Se connecter à OpenCX</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Connecter à HubSpot</translation>
    </message>
    <message>
        <source>Find your legacy app</source>
        <translation>Trouver votre application héritée</translation>
    </message>
    <message>
        <source>Save the private app token</source>
        <translation>Enregistrer le jeton de l&apos;application privée</translation>
    </message>
    <message>
        <source>Who the AI posts as</source>
        <translation>Au nom de qui l&apos;IA publie</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>Signatures d&apos;e-mail</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Actions de workflow</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>HubSpot connection</source>
        <translation>Connexion HubSpot</translation>
    </message>
</context>
<context>
    <name>flow.tokens</name>
    <message>
        <source>The word &quot;Bearer&quot; in front of the token was removed.</source>
        <translation>Le mot «&#xa0;Bearer&#xa0;» placé devant le jeton a été retiré.</translation>
    </message>
    <message>
        <source>Paste the private app access token.</source>
        <translation>Collez le jeton d&apos;accès de l&apos;application privée.</translation>
    </message>
    <message>
        <source>That is much longer than a private app token. Copy only the token.</source>
        <translation>C&apos;est bien plus long qu&apos;un jeton d&apos;application privée. Copiez uniquement le jeton.</translation>
    </message>
    <message>
        <source>The token has spaces or line breaks in the middle. Copy it again in one piece.</source>
        <translation>Le jeton contient des espaces ou des retours à la ligne. Copiez-le de nouveau d&apos;un seul tenant.</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings → Integrations → Private Apps → Legacy Apps, open your app, and on the Auth tab click Show token, then Copy.</source>
        <translation>Dans HubSpot, ouvrez Paramètres → Intégrations → Applications privées → Applications héritées, ouvrez votre application puis, dans l&apos;onglet «&#xa0;Authentification&#xa0;», cliquez sur Afficher le jeton, puis sur Copier.</translation>
    </message>
    <message>
        <source>This starts like a private app token but is incomplete or has extra characters. Copy it again.</source>
        <translation>Cela commence comme un jeton d&apos;application privée, mais il est incomplet ou contient des caractères en trop. Copiez-le de nouveau.</translation>
    </message>
    <message>
        <source>This looks like a developer API key, not a private app token. Private app tokens start with pat-.</source>
        <translation>Cela ressemble à une clé API de développeur, pas à un jeton d&apos;application privée. Les jetons d&apos;application privée commencent par pat-.</translation>
    </message>
    <message>
        <source>This looks like an OAuth refresh token. The legacy path needs the private app token, which starts with pat-.</source>
        <translation>Cela ressemble à un jeton d&apos;actualisation OAuth. La connexion par application héritée nécessite le jeton de l&apos;application privée, qui commence par pat-.</translation>
    </message>
    <message>
        <source>This looks like an OAuth access token or a personal access key. The legacy path needs the private app token, which starts with pat-.</source>
        <translation>Cela ressemble à un jeton d&apos;accès OAuth ou à une clé d&apos;accès personnelle. La connexion par application héritée nécessite le jeton de l&apos;application privée, qui commence par pat-.</translation>
    </message>
    <message>
        <source>This is not a HubSpot private app token; those start with pat-.</source>
        <translation>Ce n&apos;est pas un jeton d&apos;application privée HubSpot&#xa0;; ceux-ci commencent par pat-.</translation>
    </message>
</context>
<context>
    <name>flow.user_ids</name>
    <message>
        <source>Pick the teammate from the list, or in HubSpot open Settings → Users &amp; Teams, open the teammate&apos;s profile and copy the number at the end of the address.</source>
        <translation>Choisissez le membre de l&apos;équipe dans la liste, ou, dans HubSpot, ouvrez Paramètres → Utilisateurs et équipes, ouvrez le profil du membre de l&apos;équipe et copiez le nombre à la fin de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Enter the HubSpot user ID.</source>
        <translation>Saisissez l&apos;ID utilisateur HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot wants the number only, so &quot;%1&quot; became %2.</source>
        <translation>HubSpot n&apos;accepte que le nombre&#xa0;: «&#xa0;%1&#xa0;» est donc devenu %2.</translation>
    </message>
    <message>
        <source>The user ID is a number, like 1234567, with no letters.</source>
        <translation>L&apos;ID utilisateur est un nombre, comme 1234567, sans lettres.</translation>
    </message>
    <message>
        <source>That address is not a HubSpot page.</source>
        <translation>Cette adresse n&apos;est pas une page HubSpot.</translation>
    </message>
    <message>
        <source>That HubSpot address does not end with a user ID. Open the teammate&apos;s profile itself and copy its address.</source>
        <translation>Cette adresse HubSpot ne se termine pas par un ID utilisateur. Ouvrez le profil du membre de l&apos;équipe lui-même et copiez son adresse.</translation>
    </message>
    <message>
        <source>Took the user ID %1 from the end of the HubSpot address.</source>
        <translation>ID utilisateur %1 repris de la fin de l&apos;adresse HubSpot.</translation>
    </message>
    <message>
        <source>0 is not a HubSpot user ID.</source>
        <translation>0 n&apos;est pas un ID utilisateur HubSpot.</translation>
    </message>
    <message>
        <source>That number is too long to be a HubSpot user ID.</source>
        <translation>Ce nombre est trop long pour être un ID utilisateur HubSpot.</translation>
    </message>
    <message>
        <source>Leading zeros were removed: %1.</source>
        <translation>Les zéros en tête ont été retirés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not a HubSpot user ID.</source>
        <translation>Ce n&apos;est pas un ID utilisateur HubSpot.</translation>
    </message>
    <message>
        <source>Nobody in this HubSpot portal has the user ID %1. Pick the teammate from the list, or check the number in HubSpot under Settings → Users &amp; Teams.</source>
        <translation>Personne dans ce compte HubSpot n&apos;a l&apos;ID utilisateur %1. Choisissez le membre de l&apos;équipe dans la liste, ou vérifiez le nombre dans HubSpot sous Paramètres → Utilisateurs et équipes.</translation>
    </message>
    <message>
        <source>%1 is the owner number of %2; their user ID is %3.</source>
        <translation>%1 est l&apos;ID de propriétaire HubSpot de %2&#xa0;; son ID utilisateur est %3.</translation>
    </message>
    <message>
        <source>User ID %1 is %2.</source>
        <translation>L&apos;ID utilisateur %1 correspond à %2.</translation>
    </message>
</context>
<context>
    <name>flow.workflow_actions</name>
    <message>
        <source>✓ Installed</source>
        <translation>✓ Installée</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connue</translation>
    </message>
    <message>
        <source>%1 of %2 installed</source>
        <translation>%1 sur %2 installées</translation>
    </message>
    <message>
        <source>OpenCX has not reported the workflow actions yet.</source>
        <translation>OpenCX n&apos;a pas encore indiqué l&apos;état des actions de workflow.</translation>
    </message>
    <message>
        <source>Not installed: %1. OpenCX adds them when you connect with HubSpot: disconnect and connect with HubSpot again to add them, or ask OpenCX support.</source>
        <translation>Actions non installées&#xa0;: %1. OpenCX les ajoute lors d&apos;une connexion avec «&#xa0;Connecter à HubSpot&#xa0;»&#xa0;: déconnectez HubSpot puis reconnectez-le de cette façon pour les ajouter, ou contactez le support OpenCX.</translation>
    </message>
    <message>
        <source>All four actions are ready to use in your workflows.</source>
        <translation>Les quatre actions sont prêtes à être utilisées dans vos workflows.</translation>
    </message>
</context>
<context>
    <name>gui.answer_text</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Reconnect required</source>
        <translation>Reconnexion nécessaire</translation>
    </message>
    <message>
        <source>Connected through “Connect with HubSpot”</source>
        <translation>Connecté via «&#xa0;Connecter à HubSpot&#xa0;»</translation>
    </message>
    <message>
        <source>Connected with a legacy private app</source>
        <translation>Connecté avec une application privée héritée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Open the HubSpot inbox</source>
        <translation>Ouvrir la boîte de réception HubSpot</translation>
    </message>
    <message>
        <source>%1 (portal ID %2)</source>
        <translation>%1 (ID de compte %2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 (signed in as %2)</source>
        <translation>%1 (connecté en tant que %2)</translation>
    </message>
    <message>
        <source>User ID %1</source>
        <translation>ID utilisateur %1</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Non choisi</translation>
    </message>
    <message>
        <source>Not read from OpenCX yet</source>
        <translation>Pas encore lu depuis OpenCX</translation>
    </message>
    <message>
        <source>on for %1; off for %2</source>
        <translation>activé pour %1&#xa0;; désactivé pour %2</translation>
    </message>
    <message>
        <source>on for %1</source>
        <translation>activé pour %1</translation>
    </message>
    <message>
        <source>off for %1</source>
        <translation>désactivé pour %1</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Aucune (facultatif)</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <source>All four installed</source>
        <translation>Les quatre sont installées</translation>
    </message>
    <message>
        <source>%1 of %2 installed</source>
        <translation>%1 sur %2 installées</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Pas encore lancé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Open the OpenCX session</source>
        <translation>Ouvrir la session OpenCX</translation>
    </message>
    <message>
        <source>All checks passed</source>
        <translation>Toutes les vérifications ont réussi</translation>
    </message>
    <message>
        <source>Passed; as set up, not done: %1</source>
        <translation>Réussi&#xa0;; non effectué, comme prévu par la configuration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped at: %1</source>
        <translation>Arrêté à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not finished (%1 of 5 checks passed)</source>
        <translation>Non terminé (%1 vérifications sur 5 réussies)</translation>
    </message>
</context>
<context>
    <name>gui.crash_dialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>The assistant ran into a problem it did not expect. Your progress is saved. You can keep going, or quit and open the assistant again. If it happens again, save the diagnostics and send the file to OpenCX support.</source>
        <translation>L&apos;assistant a rencontré un problème imprévu. Votre progression est enregistrée. Vous pouvez continuer, ou quitter puis rouvrir l&apos;assistant. Si cela se reproduit, enregistrez le fichier de diagnostic et envoyez-le au support OpenCX.</translation>
    </message>
    <message>
        <source>The assistant closed unexpectedly last time</source>
        <translation>L&apos;assistant s&apos;est fermé de façon inattendue la dernière fois</translation>
    </message>
    <message>
        <source>Your progress was saved and the setup continues where you left off. A report of what happened was kept: save the diagnostics to send it to OpenCX support.</source>
        <translation>Votre progression a été enregistrée et la configuration reprend là où vous l&apos;aviez laissée. Un rapport de l&apos;incident a été conservé&#xa0;: enregistrez le fichier de diagnostic pour l&apos;envoyer au support OpenCX.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Save diagnostics…</source>
        <translation>Enregistrer le fichier de diagnostic…</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save diagnostics for OpenCX support</source>
        <translation>Enregistrer le fichier de diagnostic pour le support OpenCX</translation>
    </message>
    <message>
        <source>Diagnostics bundle (*.zip)</source>
        <translation>Fichier de diagnostic (*.zip)</translation>
    </message>
    <message>
        <source>Saved as %1. It contains no passwords or keys; send it to OpenCX support.</source>
        <translation>Enregistré sous %1. Il ne contient aucun mot de passe ni aucune clé&#xa0;; envoyez-le au support OpenCX.</translation>
    </message>
    <message>
        <source>Saving diagnostics…</source>
        <translation>Enregistrement du fichier de diagnostic…</translation>
    </message>
</context>
<context>
    <name>gui.launch</name>
    <message>
        <source>%1 This session keeps no log.</source>
        <translation>%1 Cette session ne conserve aucun journal.</translation>
    </message>
    <message>
        <source>%1 The setup works, but closing the assistant loses your place.</source>
        <translation>%1 La configuration fonctionne, mais fermer l&apos;assistant vous fera perdre votre progression.</translation>
    </message>
    <message>
        <source>%1 is already open; it was brought to the front.</source>
        <translation>%1 est déjà ouvert&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
</context>
<context>
    <name>gui.page</name>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>gui.pages.autopilot</name>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Autopilot for %1</source>
        <translation>Autopilot pour le canal %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>pas encore lu</translation>
    </message>
    <message>
        <source>OpenCX replies on this channel</source>
        <translation>OpenCX répond sur ce canal</translation>
    </message>
    <message>
        <source>OpenCX stores conversations but does not reply</source>
        <translation>OpenCX enregistre les conversations mais n&apos;y répond pas</translation>
    </message>
    <message>
        <source>Reading the Autopilot settings from OpenCX…</source>
        <translation>Lecture des paramètres Autopilot depuis OpenCX…</translation>
    </message>
    <message>
        <source>Turning Autopilot on for %1…</source>
        <translation>Activation d&apos;Autopilot pour le canal %1…</translation>
    </message>
    <message>
        <source>Turning Autopilot off for %1…</source>
        <translation>Désactivation d&apos;Autopilot pour le canal %1…</translation>
    </message>
</context>
<context>
    <name>gui.pages.legacy_app</name>
    <message>
        <source>No legacy app in your portal? HubSpot no longer lets anyone create one: connect with HubSpot instead, the recommended way (about two minutes).</source>
        <translation>Aucune application héritée dans votre compte&#xa0;? HubSpot ne permet plus d&apos;en créer&#xa0;: utilisez plutôt «&#xa0;Connecter à HubSpot&#xa0;», la méthode recommandée (environ deux minutes).</translation>
    </message>
    <message>
        <source>Connect with HubSpot instead</source>
        <translation>Connecter plutôt à HubSpot</translation>
    </message>
    <message>
        <source>In HubSpot, go to %1 and open the app OpenCX uses.</source>
        <translation>Dans HubSpot, accédez à %1 et ouvrez l&apos;application qu&apos;utilise OpenCX.</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Type d&apos;objet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Getting your webhook URL from OpenCX…</source>
        <translation>Récupération de votre URL de webhook auprès d&apos;OpenCX…</translation>
    </message>
    <message>
        <source>Switching to Connect with HubSpot…</source>
        <translation>Passage à «&#xa0;Connecter à HubSpot&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>gui.pages.legacy_credentials</name>
    <message>
        <source>✓ Token checked with HubSpot: every required scope is granted.</source>
        <translation>✓ Jeton vérifié auprès de HubSpot&#xa0;: toutes les autorisations requises sont accordées.</translation>
    </message>
    <message>
        <source>✓ Saved. OpenCX is connected to HubSpot portal %1.</source>
        <translation>✓ Enregistré. OpenCX est connecté au compte HubSpot %1.</translation>
    </message>
    <message>
        <source>Default user: %1, user ID %2</source>
        <translation>Utilisateur par défaut&#xa0;: %1, ID utilisateur %2</translation>
    </message>
    <message>
        <source>Default user: user ID %1</source>
        <translation>Utilisateur par défaut&#xa0;: ID utilisateur %1</translation>
    </message>
    <message>
        <source>Nobody in this HubSpot portal has the user ID %1. Pick the teammate from the list.</source>
        <translation>Personne dans ce compte HubSpot n&apos;a l&apos;ID utilisateur %1. Choisissez le membre de l&apos;équipe dans la liste.</translation>
    </message>
    <message>
        <source>This looks like a private app token. Click Check token.</source>
        <translation>Cela ressemble à un jeton d&apos;application privée. Cliquez sur «&#xa0;Vérifier le jeton&#xa0;».</translation>
    </message>
    <message>
        <source>Checking the token with HubSpot…</source>
        <translation>Vérification du jeton auprès de HubSpot…</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Chargement des membres de votre équipe HubSpot…</translation>
    </message>
    <message>
        <source>Saving the credentials in OpenCX…</source>
        <translation>Enregistrement des identifiants dans OpenCX…</translation>
    </message>
</context>
<context>
    <name>gui.pages.manage</name>
    <message>
        <source>Default user</source>
        <translation>Utilisateur par défaut</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>L&apos;IA publie au nom de</translation>
    </message>
    <message>
        <source>Reconnect with HubSpot first.</source>
        <translation>Reconnectez d&apos;abord HubSpot.</translation>
    </message>
    <message>
        <source>Reading the email signatures…</source>
        <translation>Lecture des signatures d&apos;e-mail…</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot…</source>
        <translation>Déconnexion de HubSpot…</translation>
    </message>
</context>
<context>
    <name>gui.pages.method</name>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Connecter à HubSpot</translation>
    </message>
    <message>
        <source>Existing legacy app</source>
        <translation>Application héritée existante</translation>
    </message>
    <message>
        <source>What&apos;s the di&amp;fference?</source>
        <translation>&amp;Quelle est la différence&#xa0;?</translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation>Enregistrement de votre choix…</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot, then switching…</source>
        <translation>Déconnexion de HubSpot, puis changement de méthode…</translation>
    </message>
</context>
<context>
    <name>gui.pages.oauth_connect</name>
    <message>
        <source>Your browser opens HubSpot&apos;s consent screen. Choose the HubSpot portal OpenCX should use, review the permissions and click Connect app. HubSpot then sends you back, and this window continues on its own.</source>
        <translation>Votre navigateur ouvre l&apos;écran d&apos;autorisation de HubSpot. Choisissez le compte HubSpot qu&apos;OpenCX doit utiliser, vérifiez les autorisations et cliquez sur Connecter l&apos;application. HubSpot vous renvoie ensuite ici, et cette fenêtre continue toute seule.</translation>
    </message>
    <message>
        <source>OpenCX asks for access to: %1.</source>
        <translation>OpenCX demande l&apos;accès à&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Connect with &amp;HubSpot</source>
        <translation>Connecter à &amp;HubSpot</translation>
    </message>
    <message>
        <source>To install OpenCX, your HubSpot user needs to be a super admin of the portal or have the App Marketplace Access permission. If the browser shows an error after you approved, click Try again.</source>
        <translation>Pour installer OpenCX, votre utilisateur HubSpot doit être super administrateur du compte ou avoir l&apos;autorisation «&#xa0;Accès au marketplace des applications&#xa0;». Si le navigateur affiche une erreur après votre autorisation, cliquez sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>HubSpot portal %1</source>
        <translation>Compte HubSpot %1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>This portal does not have Service Hub Starter or above, which OpenCX needs for HubSpot conversations and tickets. %1 Upgrade the portal in HubSpot (Account &amp; Billing), or connect another portal.</source>
        <translation>Ce compte n&apos;a pas Service Hub Starter ou supérieur, dont OpenCX a besoin pour les conversations et les tickets HubSpot. %1 Passez à une offre supérieure dans HubSpot (Compte et facturation), ou connectez un autre compte.</translation>
    </message>
</context>
<context>
    <name>gui.pages.portal_report_section</name>
    <message>
        <source>Reading the portal from HubSpot…</source>
        <translation>Lecture du compte depuis HubSpot…</translation>
    </message>
</context>
<context>
    <name>gui.pages.prerequisites</name>
    <message>
        <source>✓ Checked automatically from HubSpot portal details.</source>
        <translation>✓ Vérifié automatiquement à partir des informations du compte HubSpot.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically from HubSpot portal details). %1</source>
        <translation>✗ Condition non remplie (vérifiée automatiquement à partir des informations du compte HubSpot). %1</translation>
    </message>
    <message>
        <source>✓ Checked automatically: you approved the HubSpot connection.</source>
        <translation>✓ Vérifié automatiquement&#xa0;: vous avez autorisé la connexion HubSpot.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically: you approved the HubSpot connection). %1</source>
        <translation>✗ Condition non remplie (vérifiée automatiquement&#xa0;: vous avez autorisé la connexion HubSpot). %1</translation>
    </message>
    <message>
        <source>✓ Checked automatically from your OpenCX sign-in.</source>
        <translation>✓ Vérifié automatiquement à partir de votre connexion à OpenCX.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically from your OpenCX sign-in). %1</source>
        <translation>✗ Condition non remplie (vérifiée automatiquement à partir de votre connexion à OpenCX). %1</translation>
    </message>
</context>
<context>
    <name>gui.pages.sender</name>
    <message>
        <source>The AI does not post as anyone yet. Click a teammate to choose.</source>
        <translation>L&apos;IA ne publie encore au nom de personne. Cliquez sur un membre de l&apos;équipe pour le choisir.</translation>
    </message>
    <message>
        <source>The AI posts as %1.</source>
        <translation>L&apos;IA publie au nom de %1.</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Chargement des membres de votre équipe HubSpot…</translation>
    </message>
    <message>
        <source>Saving who the AI posts as…</source>
        <translation>Enregistrement du membre au nom duquel l&apos;IA publie…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>gui.pages.signatures</name>
    <message>
        <source>Signature that applies</source>
        <translation>Signature appliquée</translation>
    </message>
    <message>
        <source>Signature for %1</source>
        <translation>Signature pour %1</translation>
    </message>
    <message>
        <source>Reading your signatures from OpenCX…</source>
        <translation>Lecture de vos signatures depuis OpenCX…</translation>
    </message>
    <message>
        <source>Images from the internet (such as a logo on https) are kept in the signature and show in real emails, but this preview does not load them.</source>
        <translation>Les images en ligne (comme un logo en https) sont conservées dans la signature et s&apos;affichent dans les vrais e-mails, mais cet aperçu ne les charge pas.</translation>
    </message>
    <message>
        <source>Edit the rule for %1</source>
        <translation>Modifier la règle pour %1</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>Saving the signature…</source>
        <translation>Enregistrement de la signature…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Remove signature</source>
        <translation>Supprimer la signature</translation>
    </message>
    <message>
        <source>Remove the signature for %1?</source>
        <translation>Supprimer la signature pour %1&#xa0;?</translation>
    </message>
    <message>
        <source>The AI&apos;s emails from %1 will no longer get this signature. To use it again later, you would add the rule and write the signature again.</source>
        <translation>Les e-mails que l&apos;IA envoie depuis %1 ne recevront plus cette signature. Pour la réutiliser plus tard, il faudra recréer la règle et réécrire la signature.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the signature for %1</source>
        <translation>Supprimer la signature pour %1</translation>
    </message>
    <message>
        <source>Keep the signature</source>
        <translation>Garder la signature</translation>
    </message>
    <message>
        <source>Removing the signature…</source>
        <translation>Suppression de la signature…</translation>
    </message>
    <message>
        <source>Type a whole email address, like anna@shop.nl.</source>
        <translation>Saisissez une adresse e-mail complète, par exemple anna@shop.nl.</translation>
    </message>
    <message>
        <source>No rule matches %1, so its emails get no signature.</source>
        <translation>Aucune règle ne correspond à %1&#xa0;: ses e-mails n&apos;auront pas de signature.</translation>
    </message>
    <message>
        <source>The signature for %1. %2</source>
        <translation>Règle appliquée&#xa0;: %1. %2</translation>
    </message>
</context>
<context>
    <name>gui.pages.signin</name>
    <message>
        <source>%1 · owner of %2</source>
        <translation>%1 · propriétaire de %2</translation>
    </message>
    <message>
        <source>%1 · admin of %2</source>
        <translation>%1 · administrateur de %2</translation>
    </message>
    <message>
        <source>%1 · owner of %2 · with an API key</source>
        <translation>%1 · propriétaire de %2 · avec une clé API</translation>
    </message>
    <message>
        <source>%1 · admin of %2 · with an API key</source>
        <translation>%1 · administrateur de %2 · avec une clé API</translation>
    </message>
    <message>
        <source>&amp;Sign in with your browser</source>
        <translation>&amp;Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>Create an API key in the OpenCX dashboard (Settings → Access) and paste it here. It is kept only while the assistant is open, never in a file.</source>
        <translation>Créez une clé API dans le tableau de bord OpenCX («&#xa0;Settings → Access&#xa0;») et collez-la ici. Elle n&apos;est conservée que tant que l&apos;assistant est ouvert, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>%1 is a member of %2. Only owners and admins can connect HubSpot: ask an owner of %2 to make you an admin, or to run this setup. Then sign out and sign in again.</source>
        <translation>%1 est membre de %2. Seuls les propriétaires et les administrateurs peuvent connecter HubSpot&#xa0;: demandez à un propriétaire de %2 de vous nommer administrateur ou de lancer lui-même cette configuration. Ensuite, déconnectez-vous puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Checking the API key with OpenCX…</source>
        <translation>Vérification de la clé API auprès d&apos;OpenCX…</translation>
    </message>
    <message>
        <source>OpenCX did not accept this API key. Check that you copied the whole key and that it was not deleted in the dashboard, or sign in with the browser.</source>
        <translation>OpenCX n&apos;a pas accepté cette clé API. Vérifiez que vous avez copié la clé entière et qu&apos;elle n&apos;a pas été supprimée dans le tableau de bord, ou connectez-vous avec le navigateur.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
</context>
<context>
    <name>gui.pages.summary</name>
    <message>
        <source>Not available yet in this version.</source>
        <translation>Pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <source>Default user</source>
        <translation>Utilisateur par défaut</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>L&apos;IA publie au nom de</translation>
    </message>
    <message>
        <source>This is what was set up. Since then HubSpot has stopped OpenCX&apos;s access: reconnect above. Everything below stays as it is.</source>
        <translation>Voici ce qui a été configuré. Depuis, HubSpot a coupé l&apos;accès d&apos;OpenCX&#xa0;: reconnectez HubSpot ci-dessus. Tout ce qui suit reste en l&apos;état.</translation>
    </message>
    <message>
        <source>Save diagnostics for OpenCX support</source>
        <translation>Enregistrer le fichier de diagnostic pour le support OpenCX</translation>
    </message>
    <message>
        <source>Diagnostics bundle (*.zip)</source>
        <translation>Fichier de diagnostic (*.zip)</translation>
    </message>
    <message>
        <source>Writing the diagnostics file…</source>
        <translation>Écriture du fichier de diagnostic…</translation>
    </message>
    <message>
        <source>Saved as %1. It contains no passwords or tokens; send it to OpenCX support.</source>
        <translation>Enregistré sous %1. Il ne contient aucun mot de passe ni aucun jeton d&apos;accès&#xa0;; envoyez-le au support OpenCX.</translation>
    </message>
</context>
<context>
    <name>gui.pages.test_checklist</name>
    <message>
        <source>Looking up your HubSpot inboxes…</source>
        <translation>Recherche de vos boîtes de réception HubSpot…</translation>
    </message>
    <message>
        <source>Checking whether Autopilot is on…</source>
        <translation>Vérification qu&apos;Autopilot est activé…</translation>
    </message>
    <message>
        <source>✓ Autopilot is on for %1.</source>
        <translation>✓ Autopilot est activé pour le canal %1.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1: OpenCX will store the conversation but the AI will not reply, so the test stops at the AI reply. Turn it on first.</source>
        <translation>Autopilot est désactivé pour le canal %1&#xa0;: OpenCX enregistrera la conversation mais l&apos;IA ne répondra pas, le test s&apos;arrêtera donc à la réponse de l&apos;IA. Activez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Re&amp;commencer</translation>
    </message>
    <message>
        <source>&amp;Start the test</source>
        <translation>&amp;Lancer le test</translation>
    </message>
    <message>
        <source>Send an email to %1 (HubSpot inbox “%2”).</source>
        <translation>Envoyez un e-mail à %1 (boîte de réception HubSpot «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Open %1 and write in its chat window (HubSpot inbox “%2”).</source>
        <translation>Ouvrez %1 et écrivez dans sa fenêtre de chat (boîte de réception HubSpot «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Checking Autopilot…</source>
        <translation>Vérification d&apos;Autopilot…</translation>
    </message>
    <message>
        <source>HubSpot lists no inboxes for this portal. Connect an email address or the chat widget to a HubSpot inbox first (in HubSpot: Settings → Inboxes).</source>
        <translation>HubSpot n&apos;indique aucune boîte de réception pour ce compte. Connectez d&apos;abord une adresse e-mail ou le widget de chat à une boîte de réception HubSpot (dans HubSpot&#xa0;: Paramètres → Boîtes de réception).</translation>
    </message>
    <message>
        <source>no channels connected</source>
        <translation>aucun canal connecté</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an inbox: its channels</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your HubSpot inboxes and their channels:</source>
        <translation>Vos boîtes de réception HubSpot et leurs canaux&#xa0;:</translation>
    </message>
    <message>
        <source>The inboxes could not be listed. Use any HubSpot inbox address you know.</source>
        <translation>Impossible d&apos;afficher la liste des boîtes de réception. Utilisez n&apos;importe quelle adresse de boîte de réception HubSpot que vous connaissez.</translation>
    </message>
    <message>
        <source>Turning Autopilot on…</source>
        <translation>Activation d&apos;Autopilot…</translation>
    </message>
    <message>
        <source>Following the test message…</source>
        <translation>Suivi du message de test…</translation>
    </message>
    <message>
        <source>Watching for another message…</source>
        <translation>En attente d&apos;un autre message…</translation>
    </message>
    <message>
        <source>The practice customer is sending the message…</source>
        <translation>Le client d&apos;entraînement envoie le message…</translation>
    </message>
    <message>
        <source>Asking OpenCX to hand the conversation to a person…</source>
        <translation>Demande à OpenCX de transférer la conversation à une personne…</translation>
    </message>
</context>
<context>
    <name>gui.pages.workflow_actions</name>
    <message>
        <source>Use Check again.</source>
        <translation>Cliquez sur «&#xa0;Revérifier&#xa0;».</translation>
    </message>
    <message>
        <source>Asking OpenCX which actions are installed…</source>
        <translation>Interrogation d&apos;OpenCX sur les actions installées…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.browser_attempt</name>
    <message>
        <source>Opening your browser…</source>
        <translation>Ouverture de votre navigateur…</translation>
    </message>
    <message>
        <source>Finish in your browser. This window continues on its own.</source>
        <translation>Terminez dans votre navigateur. Cette fenêtre continue toute seule.</translation>
    </message>
    <message>
        <source>Almost done: confirming with OpenCX…</source>
        <translation>Presque fini&#xa0;: confirmation auprès d&apos;OpenCX…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>Cela n&apos;a pas fonctionné.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Cancel waiting for the browser</source>
        <translation>Arrêter d&apos;attendre le navigateur</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Address opened in your browser</source>
        <translation>Adresse ouverte dans votre navigateur</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>Cop&amp;ier le lien</translation>
    </message>
    <message>
        <source>Copies the address for a browser</source>
        <translation>Copie l&apos;adresse pour l&apos;ouvrir dans un navigateur</translation>
    </message>
    <message>
        <source>Open a&amp;gain</source>
        <translation>Ou&amp;vrir à nouveau</translation>
    </message>
    <message>
        <source>Opens the address in the browser again</source>
        <translation>Rouvre l&apos;adresse dans le navigateur</translation>
    </message>
    <message>
        <source>Having trouble?</source>
        <translation>Un problème&#xa0;?</translation>
    </message>
    <message>
        <source>If the browser did not open, use Copy link and paste it into your browser. If the browser shows an error page or nothing happens after you approved, copy the full address from the browser&apos;s address bar and paste it here.</source>
        <translation>Si le navigateur ne s&apos;est pas ouvert, utilisez «&#xa0;Copier le lien&#xa0;» et collez-le dans votre navigateur. Si le navigateur affiche une page d&apos;erreur ou si rien ne se passe après votre autorisation, copiez l&apos;adresse complète depuis la barre d&apos;adresse du navigateur et collez-la ici.</translation>
    </message>
    <message>
        <source>Address from the browser&apos;s address bar</source>
        <translation>Adresse de la barre d&apos;adresse du navigateur</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>&amp;Utiliser cette adresse</translation>
    </message>
    <message>
        <source>Uses the pasted address</source>
        <translation>Utilise l&apos;adresse collée</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Temps restant&#xa0;: %1:%2</translation>
    </message>
</context>
<context>
    <name>gui.widgets.channel_choice</name>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
</context>
<context>
    <name>gui.widgets.checklist</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Test message checklist</source>
        <translation>Liste de vérification du message de test</translation>
    </message>
</context>
<context>
    <name>gui.widgets.connected_card</name>
    <message>
        <source>%1 (portal %2)</source>
        <translation>%1 (compte %2)</translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation>le compte %1</translation>
    </message>
    <message>
        <source>You have not sent a test message yet: you can run the test any time from this assistant.</source>
        <translation>Vous n&apos;avez pas encore envoyé de message de test&#xa0;: vous pouvez lancer le test à tout moment depuis cet assistant.</translation>
    </message>
    <message>
        <source>Your test message went all the way through.</source>
        <translation>Votre message de test est allé jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>The test message did not finish: you can run it again from this assistant.</source>
        <translation>Le message de test n&apos;est pas allé jusqu&apos;au bout&#xa0;: vous pouvez le relancer depuis cet assistant.</translation>
    </message>
    <message>
        <source>You&apos;re connected</source>
        <translation>Vous êtes connecté</translation>
    </message>
    <message>
        <source>Open HubSpot &amp;inbox</source>
        <translation>&amp;Ouvrir la boîte de réception</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s conversations inbox in HubSpot, in your browser</source>
        <translation>Ouvre la boîte de réception des conversations du compte dans HubSpot, dans votre navigateur</translation>
    </message>
    <message>
        <source>OpenCX now works on the HubSpot conversations of %1, and answers them on the channels where Autopilot is on.</source>
        <translation>OpenCX traite désormais les conversations HubSpot dans %1 et y répond sur les canaux où Autopilot est activé.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.connection_action</name>
    <message>
        <source>Nothing changed: OpenCX stays with %1.</source>
        <translation>Rien n&apos;a changé&#xa0;: OpenCX reste avec %1.</translation>
    </message>
    <message>
        <source>OpenCX now uses %1. Choose who the AI posts as there (Change who the AI posts as).</source>
        <translation>OpenCX utilise désormais %1. Choisissez au nom de qui l&apos;IA y publie («&#xa0;Modifier l&apos;expéditeur de l&apos;IA&#xa0;»).</translation>
    </message>
    <message>
        <source>Moving OpenCX to %1…</source>
        <translation>Passage d&apos;OpenCX vers %1…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.consent_help</name>
    <message>
        <source>Once it is fixed, click Cancel here and connect again.</source>
        <translation>Une fois le problème corrigé, cliquez ici sur «&#xa0;Annuler&#xa0;», puis relancez la connexion.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.disconnect_dialog</name>
    <message>
        <source>Disconnect HubSpot</source>
        <translation>Déconnecter HubSpot</translation>
    </message>
    <message>
        <source>What disconnecting %1 does:</source>
        <translation>Si vous déconnectez %1&#xa0;:</translation>
    </message>
    <message>
        <source>To confirm, type %1 below.</source>
        <translation>Pour confirmer, saisissez %1 ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Type %1 in capitals to confirm.</source>
        <translation>Saisissez %1 en majuscules pour confirmer.</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot…</source>
        <translation>Déconnexion de HubSpot…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Langue de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>gui.widgets.portal_report</name>
    <message>
        <source>Seen</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>What could be seen in the HubSpot portal</source>
        <translation>Ce qui a pu être constaté dans le compte HubSpot</translation>
    </message>
    <message>
        <source>What HubSpot shows about this portal</source>
        <translation>Ce que HubSpot indique sur ce compte</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reads the portal again</source>
        <translation>Relit les informations du compte</translation>
    </message>
    <message>
        <source>Reading the portal from HubSpot…</source>
        <translation>Lecture du compte depuis HubSpot…</translation>
    </message>
    <message>
        <source>What HubSpot shows about portal %1</source>
        <translation>Ce que HubSpot indique sur le compte %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gui.widgets.problem_banner</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Details for OpenCX support</source>
        <translation>Détails pour le support OpenCX</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Dismiss the problem</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
</context>
<context>
    <name>gui.widgets.signature_editor</name>
    <message>
        <source>Image from %1</source>
        <translation>Image (%1)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Kind regards,
The Acme team</source>
        <translation>Cordialement,
L&apos;équipe Acme</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>L&amp;ien…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Line break</source>
        <translation>Saut de ligne</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>I&amp;mage…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>This signature has layout the editor cannot change (such as a table or colours). Change it in its HTML, below.</source>
        <translation>Cette signature contient une mise en page que l&apos;éditeur ne peut pas modifier (comme un tableau ou des couleurs). Modifiez-la dans son code HTML, ci-dessous.</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>&amp;Address the link opens</source>
        <translation>&amp;Adresse ouverte par le lien</translation>
    </message>
    <message>
        <source>&amp;Text to show</source>
        <translation>&amp;Texte affiché</translation>
    </message>
    <message>
        <source>Add an image</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <source>Image &amp;address</source>
        <translation>&amp;Adresse de l&apos;image</translation>
    </message>
    <message>
        <source>&amp;Description (read aloud, and shown when images are off)</source>
        <translation>&amp;Description (lue à voix haute, et affichée quand les images sont désactivées)</translation>
    </message>
    <message>
        <source>The image must be on the web already (for example your website&apos;s logo). Email programs load it from there; this window does not.</source>
        <translation>L&apos;image doit déjà être en ligne (par exemple le logo de votre site web). Les logiciels de messagerie la chargent depuis cet endroit&#xa0;; cette fenêtre, non.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.signature_preview</name>
    <message>
        <source>Signature preview</source>
        <translation>Aperçu de la signature</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>internet</translation>
    </message>
    <message>
        <source>[image from %1: not loaded in this preview]</source>
        <translation>[image hébergée sur %1&#xa0;: non chargée dans cet aperçu]</translation>
    </message>
</context>
<context>
    <name>gui.widgets.step_rail</name>
    <message>
        <source>not done</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>étape en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>needs your attention</source>
        <translation>demande votre attention</translation>
    </message>
    <message>
        <source>Step %1: %2, %3</source>
        <translation>Étape %1&#xa0;: %2, %3</translation>
    </message>
</context>
<context>
    <name>gui.widgets.teammate_picker</name>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>%1 (HubSpot owner %2)</source>
        <translation>%1 (ID de propriétaire HubSpot %2)</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Rechercher par nom ou e-mail</translation>
    </message>
    <message>
        <source>Search teammates</source>
        <translation>Rechercher des membres de l&apos;équipe</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <source>Click a teammate, or press Enter, to pick</source>
        <translation>Cliquez sur un membre de l&apos;équipe, ou appuyez sur Entrée, pour le choisir</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Chargement des membres de votre équipe HubSpot…</translation>
    </message>
    <message>
        <source>No teammates loaded yet.</source>
        <translation>Aucun membre de l&apos;équipe chargé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>1 teammate: click to choose</source>
        <translation>1 membre de l&apos;équipe&#xa0;: cliquez pour le choisir</translation>
    </message>
    <message numerus="yes">
        <source>%n teammates: click one to choose</source>
        <translation>
            <numerusform>%n membre de l&apos;équipe&#xa0;: cliquez pour le choisir</numerusform>
            <numerusform>%n membres de l&apos;équipe&#xa0;: cliquez sur l&apos;un d&apos;eux pour le choisir</numerusform>
        </translation>
    </message>
    <message>
        <source>No teammate matches your search.</source>
        <translation>Aucun membre de l&apos;équipe ne correspond à votre recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n teammates match</source>
        <translation>
            <numerusform>Correspondances&#xa0;: %1 sur %n membre de l&apos;équipe</numerusform>
            <numerusform>Correspondances&#xa0;: %1 sur %n membres de l&apos;équipe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · some may be missing: the list was cut short</source>
        <translation>%1 · il peut en manquer&#xa0;: la liste a été tronquée</translation>
    </message>
    <message>
        <source>The list of teammates ended before everyone was read. If the person you need is not listed, try again later.</source>
        <translation>La liste des membres de l&apos;équipe s&apos;est arrêtée avant que tout le monde ait été lu. Si la personne recherchée n&apos;y figure pas, réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>gui.wizard</name>
    <message>
        <source>Setup steps</source>
        <translation>Étapes de la configuration</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Mode entraînement</translation>
    </message>
    <message>
        <source>Nothing here touches a real HubSpot portal or OpenCX account.</source>
        <translation>Rien ici n&apos;affecte un vrai compte HubSpot ou OpenCX.</translation>
    </message>
    <message>
        <source>Practice mode: nothing here touches a real HubSpot portal or OpenCX account. (%1)</source>
        <translation>Mode entraînement&#xa0;: rien ici n&apos;affecte un vrai compte HubSpot ou OpenCX. (%1)</translation>
    </message>
    <message>
        <source>Practice mode: nothing here touches a real HubSpot portal or OpenCX account.</source>
        <translation>Mode entraînement&#xa0;: rien ici n&apos;affecte un vrai compte HubSpot ou OpenCX.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel what is running</source>
        <translation>Annuler l&apos;opération en cours</translation>
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
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus pe&amp;tit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>À pro&amp;pos de %1</translation>
    </message>
    <message>
        <source>&amp;Close (your progress is kept)</source>
        <translation>&amp;Fermer (votre progression est conservée)</translation>
    </message>
    <message>
        <source>Text size, Language, About, Close</source>
        <translation>Taille du texte, Langue, À propos, Fermer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>Co&amp;ntinuer</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Connects a HubSpot portal to OpenCX, the AI customer-support platform, through the same settings as the OpenCX dashboard.</source>
        <translation>Connecte un compte HubSpot à OpenCX, la plateforme de support client par IA, avec les mêmes paramètres que le tableau de bord OpenCX.</translation>
    </message>
    <message>
        <source>Open the page about version %1</source>
        <translation>Ouvrir la page de la version %1</translation>
    </message>
    <message>
        <source>Opening where you left off…</source>
        <translation>Reprise là où vous en étiez…</translation>
    </message>
    <message>
        <source>Welcome back. HubSpot is connected; here is its status.</source>
        <translation>Rebonjour. HubSpot est connecté&#xa0;; voici son état.</translation>
    </message>
    <message>
        <source>Welcome back. For your security, sign in to OpenCX again; then you carry on where you left off.</source>
        <translation>Rebonjour. Pour votre sécurité, reconnectez-vous à OpenCX&#xa0;; vous reprendrez ensuite là où vous en étiez.</translation>
    </message>
    <message>
        <source>Welcome back. You are where you left off: %1.</source>
        <translation>Rebonjour. Vous reprenez là où vous en étiez&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>No browser could be opened on this computer, so the address was copied: paste it into your browser&apos;s address bar. %1</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert sur cet ordinateur, l&apos;adresse a donc été copiée&#xa0;: collez-la dans la barre d&apos;adresse de votre navigateur. %1</translation>
    </message>
    <message>
        <source>Saved. The next time it opens, the assistant uses the language of this computer.</source>
        <translation>Enregistré. À sa prochaine ouverture, l&apos;assistant utilisera la langue de cet ordinateur.</translation>
    </message>
    <message>
        <source>Saved. The next time it opens, the assistant speaks %1.</source>
        <translation>Enregistré. À sa prochaine ouverture, l&apos;assistant s&apos;affichera dans cette langue&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>sandbox.hubspot</name>
    <message>
        <source>Know which HubSpot account you connect</source>
        <translation>Savoir quel compte HubSpot vous connectez</translation>
    </message>
    <message>
        <source>Read conversations in your inboxes</source>
        <translation>Lire les conversations de vos boîtes de réception</translation>
    </message>
    <message>
        <source>Reply in conversations and add notes</source>
        <translation>Répondre dans les conversations et ajouter des notes</translation>
    </message>
    <message>
        <source>View and update tickets</source>
        <translation>Consulter et mettre à jour les tickets</translation>
    </message>
    <message>
        <source>View contacts</source>
        <translation>Consulter les contacts</translation>
    </message>
    <message>
        <source>Create and update contacts</source>
        <translation>Créer et mettre à jour des contacts</translation>
    </message>
    <message>
        <source>View companies</source>
        <translation>Consulter les entreprises</translation>
    </message>
    <message>
        <source>View deals</source>
        <translation>Consulter les transactions</translation>
    </message>
    <message>
        <source>See your teammates (owners)</source>
        <translation>Voir les membres de votre équipe (propriétaires)</translation>
    </message>
    <message>
        <source>Upload and view files</source>
        <translation>Charger et consulter des fichiers</translation>
    </message>
    <message>
        <source>View lists</source>
        <translation>Consulter les listes</translation>
    </message>
    <message>
        <source>Add OpenCX actions to your workflows</source>
        <translation>Ajouter des actions OpenCX à vos workflows</translation>
    </message>
</context>
<context>
    <name>sandbox.hubspot_routes</name>
    <message>
        <source>This link is not valid</source>
        <translation>Ce lien n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The app that sent you here is not set up correctly. Close this tab.</source>
        <translation>L&apos;application qui vous a envoyé ici n&apos;est pas configurée correctement. Fermez cet onglet.</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Choisissez un compte</translation>
    </message>
    <message>
        <source>Go back and pick the HubSpot account to connect.</source>
        <translation>Revenez en arrière et choisissez le compte HubSpot à connecter.</translation>
    </message>
</context>
<context>
    <name>sandbox.pages</name>
    <message>
        <source>Practice sandbox</source>
        <translation>Bac à sable d&apos;entraînement</translation>
    </message>
    <message>
        <source>Sign in to OpenCX</source>
        <translation>Se connecter à OpenCX</translation>
    </message>
    <message>
        <source>The HubSpot setup assistant asks to use your OpenCX account for &lt;strong&gt;%1&lt;/strong&gt;.</source>
        <translation>L&apos;assistant de configuration HubSpot demande à utiliser votre compte OpenCX pour &lt;strong&gt;%1&lt;/strong&gt;.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Se connecter en tant que %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>OpenCX practice sign-in</source>
        <translation>Connexion OpenCX d&apos;entraînement</translation>
    </message>
    <message>
        <source>(account %1)</source>
        <translation>(compte %1)</translation>
    </message>
    <message>
        <source>Connect OpenCX to HubSpot</source>
        <translation>Connecter OpenCX à HubSpot</translation>
    </message>
    <message>
        <source>Choose the HubSpot account</source>
        <translation>Choisissez le compte HubSpot</translation>
    </message>
    <message>
        <source>OpenCX will be able to:</source>
        <translation>OpenCX pourra&#xa0;:</translation>
    </message>
    <message>
        <source>Connect app</source>
        <translation>Connecter l&apos;application</translation>
    </message>
    <message>
        <source>HubSpot practice consent</source>
        <translation>Autorisation HubSpot d&apos;entraînement</translation>
    </message>
    <message>
        <source>Insufficient scopes were provided</source>
        <translation>Les autorisations accordées sont insuffisantes</translation>
    </message>
    <message>
        <source>Your user doesn&apos;t have access to all of the scopes this app requires. Contact a super admin of this account.</source>
        <translation>Votre utilisateur n&apos;a pas accès à toutes les autorisations requises par cette application. Contactez un super administrateur de ce compte.</translation>
    </message>
    <message>
        <source>This account doesn&apos;t have access to some HubSpot features that are required by this app</source>
        <translation>Ce compte n&apos;a pas accès à certaines fonctionnalités HubSpot requises par cette application</translation>
    </message>
    <message>
        <source>Choose another account, or contact the app&apos;s developer.</source>
        <translation>Choisissez un autre compte ou contactez le développeur de l&apos;application.</translation>
    </message>
    <message>
        <source>You don&apos;t have permission to install apps</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation d&apos;installer des applications</translation>
    </message>
    <message>
        <source>Only super admins and users with App Marketplace Access can install apps in this account. Contact a super admin.</source>
        <translation>Seuls les super administrateurs et les utilisateurs disposant de l&apos;autorisation Accès au marketplace des applications peuvent installer des applications dans ce compte. Contactez un super administrateur.</translation>
    </message>
    <message>
        <source>Practice customer</source>
        <translation>Client d&apos;entraînement</translation>
    </message>
    <message>
        <source>Scenario: &lt;strong&gt;%1&lt;/strong&gt;</source>
        <translation>Scénario&#xa0;: &lt;strong&gt;%1&lt;/strong&gt;</translation>
    </message>
    <message>
        <source>Sent. Watch the checklist.</source>
        <translation>Envoyé. Suivez la liste de vérification.</translation>
    </message>
    <message>
        <source>Could not send the message.</source>
        <translation>Impossible d&apos;envoyer le message.</translation>
    </message>
    <message>
        <source>Send the test message a customer would send. Start the live checklist in the assistant first.</source>
        <translation>Envoyez le message de test qu&apos;enverrait un client. Lancez d&apos;abord la liste de vérification en direct dans l&apos;assistant.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat on the website</source>
        <translation>Chat sur le site web</translation>
    </message>
    <message>
        <source>Send a test message as a customer</source>
        <translation>Envoyer un message de test en tant que client</translation>
    </message>
    <message>
        <source>%1 (internal note)</source>
        <translation>%1 (commentaire interne)</translation>
    </message>
</context>
<context>
    <name>sandbox.signin_routes</name>
    <message>
        <source>This sign-in link is not valid</source>
        <translation>Ce lien de connexion n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The application that sent you here is not known to OpenCX. Close this tab and start the sign-in again from the assistant.</source>
        <translation>L&apos;application qui vous a envoyé ici est inconnue d&apos;OpenCX. Fermez cet onglet et relancez la connexion depuis l&apos;assistant.</translation>
    </message>
    <message>
        <source>This sign-in was already answered</source>
        <translation>Cette demande de connexion a déjà reçu une réponse</translation>
    </message>
    <message>
        <source>Go back to the assistant and start the sign-in again.</source>
        <translation>Revenez à l&apos;assistant et relancez la connexion.</translation>
    </message>
</context>
<context>
    <name>sandbox.viewer_routes</name>
    <message>
        <source>No such conversation</source>
        <translation>Conversation introuvable</translation>
    </message>
    <message>
        <source>This practice conversation does not exist.</source>
        <translation>Cette conversation d&apos;entraînement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>HubSpot conversation</source>
        <translation>Conversation HubSpot</translation>
    </message>
    <message>
        <source>The practice portal&apos;s inbox: this thread&apos;s messages.</source>
        <translation>La boîte de réception du compte d&apos;entraînement&#xa0;: les messages de ce fil.</translation>
    </message>
    <message>
        <source>No such ticket</source>
        <translation>Ticket introuvable</translation>
    </message>
    <message>
        <source>This practice ticket does not exist.</source>
        <translation>Ce ticket d&apos;entraînement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>HubSpot ticket</source>
        <translation>Ticket HubSpot</translation>
    </message>
    <message>
        <source>The ticket OpenCX&apos;s handoff created.</source>
        <translation>Le ticket créé par le transfert d&apos;OpenCX.</translation>
    </message>
    <message>
        <source>No such session</source>
        <translation>Session introuvable</translation>
    </message>
    <message>
        <source>This practice session does not exist.</source>
        <translation>Cette session d&apos;entraînement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>OpenCX session</source>
        <translation>Session OpenCX</translation>
    </message>
    <message>
        <source>The practice OpenCX inbox: the session made from the HubSpot conversation.</source>
        <translation>La boîte de réception OpenCX d&apos;entraînement&#xa0;: la session créée à partir de la conversation HubSpot.</translation>
    </message>
</context>
<context>
    <name>services.bounded_read</name>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 est illisible (%2)</translation>
    </message>
    <message>
        <source>%1 is not a regular file (%2)</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (%2)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB</source>
        <translation>%1 dépasse %2 Kio</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n byte(s)</source>
        <translation>
            <numerusform>%1 dépasse %n octet</numerusform>
            <numerusform>%1 dépasse %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>type de fichier non pris en charge</translation>
    </message>
</context>
<context>
    <name>services.browser_flow</name>
    <message>
        <source>Almost done</source>
        <translation>Presque fini</translation>
    </message>
    <message>
        <source>The answer arrived and the assistant is finishing the setup.</source>
        <translation>La réponse est arrivée et l&apos;assistant termine la configuration.</translation>
    </message>
    <message>
        <source>Return to the app to see the result.</source>
        <translation>Revenez à l&apos;application pour voir le résultat.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Return to the app: it explains what happened and lets you try again.</source>
        <translation>Revenez à l&apos;application&#xa0;: elle explique ce qui s&apos;est passé et vous permet de réessayer.</translation>
    </message>
    <message>
        <source>The assistant could not finish this step.</source>
        <translation>L&apos;assistant n&apos;a pas pu terminer cette étape.</translation>
    </message>
    <message>
        <source>You stopped waiting for the browser.</source>
        <translation>Vous avez arrêté d&apos;attendre le navigateur.</translation>
    </message>
    <message>
        <source>A new attempt replaced this one.</source>
        <translation>Une nouvelle tentative a remplacé celle-ci.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>An answer from an earlier browser tab was ignored. Finish in the newest tab.</source>
        <translation>Une réponse venant d&apos;un ancien onglet du navigateur a été ignorée. Terminez dans l&apos;onglet le plus récent.</translation>
    </message>
</context>
<context>
    <name>services.errors</name>
    <message>
        <source>Your network is blocking the connection</source>
        <translation>Votre réseau bloque la connexion</translation>
    </message>
    <message>
        <source>A proxy or security software on this network stopped the connection to %1, or changed it so it could not be trusted.</source>
        <translation>Un proxy ou un logiciel de sécurité de ce réseau a bloqué la connexion à %1, ou l&apos;a modifiée au point qu&apos;elle n&apos;était plus fiable.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach %1, or try another network.</source>
        <translation>Demandez à votre service informatique d&apos;autoriser cet assistant à joindre %1, ou essayez un autre réseau.</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>%1 took too long to answer.</source>
        <translation>%1 a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Vérifiez votre connexion internet et réessayez. Si le problème persiste, exportez le fichier de diagnostic pour le support.</translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation>Impossible de joindre %1</translation>
    </message>
    <message>
        <source>This computer could not connect to %1, or the connection was interrupted.</source>
        <translation>Cet ordinateur n&apos;a pas pu se connecter à %1, ou la connexion a été interrompue.</translation>
    </message>
    <message>
        <source>Check that you are online, then try again.</source>
        <translation>Vérifiez que vous êtes en ligne, puis réessayez.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy needs a sign-in</source>
        <translation>Le proxy de votre réseau demande une identification</translation>
    </message>
    <message>
        <source>A proxy on this network asked for a password before letting the assistant through.</source>
        <translation>Un proxy de ce réseau a demandé un mot de passe avant de laisser passer l&apos;assistant.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach OpenCX without a proxy sign-in.</source>
        <translation>Demandez à votre service informatique d&apos;autoriser cet assistant à joindre OpenCX sans identification sur le proxy.</translation>
    </message>
    <message>
        <source>You are not an OpenCX owner or admin</source>
        <translation>Vous n&apos;êtes ni propriétaire ni administrateur OpenCX</translation>
    </message>
    <message>
        <source>Only owners and admins of your OpenCX organization can change integrations.</source>
        <translation>Seuls les propriétaires et les administrateurs de votre organisation OpenCX peuvent modifier les intégrations.</translation>
    </message>
    <message>
        <source>Ask an owner of your OpenCX organization to make you an admin, or to run this setup.</source>
        <translation>Demandez à un propriétaire de votre organisation OpenCX de vous nommer administrateur ou de lancer lui-même cette configuration.</translation>
    </message>
    <message>
        <source>HubSpot says the private app does not have these scopes: %1.</source>
        <translation>HubSpot indique qu&apos;il manque ces autorisations à l&apos;application privée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>HubSpot says the private app does not have these scopes: (not listed).</source>
        <translation>HubSpot indique qu&apos;il manque des autorisations à l&apos;application privée (non précisées).</translation>
    </message>
    <message>
        <source>The private app is missing permissions</source>
        <translation>Il manque des autorisations à l&apos;application privée</translation>
    </message>
    <message>
        <source>HubSpot does not accept this token</source>
        <translation>HubSpot n&apos;accepte pas ce jeton</translation>
    </message>
    <message>
        <source>HubSpot did not accept the private app token.</source>
        <translation>HubSpot n&apos;a pas accepté le jeton de l&apos;application privée.</translation>
    </message>
    <message>
        <source>OpenCX did not accept this value.</source>
        <translation>OpenCX n&apos;a pas accepté cette valeur.</translation>
    </message>
    <message>
        <source>OpenCX did not accept this</source>
        <translation>OpenCX n&apos;a pas accepté cette saisie</translation>
    </message>
    <message>
        <source>OpenCX did not accept one of the values.</source>
        <translation>OpenCX n&apos;a pas accepté l&apos;une des valeurs.</translation>
    </message>
    <message>
        <source>Correct what the message names and try again.</source>
        <translation>Corrigez ce qu&apos;indique le message et réessayez.</translation>
    </message>
    <message>
        <source>OpenCX refused the change because of the current setup.</source>
        <translation>OpenCX a refusé la modification en raison de la configuration actuelle.</translation>
    </message>
    <message>
        <source>Reload the page to see the current state, then try again.</source>
        <translation>Rechargez la page pour voir l&apos;état actuel, puis réessayez.</translation>
    </message>
    <message>
        <source>That approval has expired</source>
        <translation>Cette autorisation a expiré</translation>
    </message>
    <message>
        <source>OpenCX did not take the approval that came back from the browser: it was too old, was already used, or was not one OpenCX gave out.</source>
        <translation>OpenCX n&apos;a pas pris en compte l&apos;autorisation revenue du navigateur&#xa0;: elle était trop ancienne, avait déjà servi, ou n&apos;avait pas été délivrée par OpenCX.</translation>
    </message>
    <message>
        <source>Start again; approve in the browser within 10 minutes.</source>
        <translation>Recommencez, et donnez votre autorisation dans le navigateur en moins de 10 minutes.</translation>
    </message>
    <message>
        <source>OpenCX asks to slow down</source>
        <translation>OpenCX demande de ralentir</translation>
    </message>
    <message>
        <source>Too many requests were sent to OpenCX in a short time.</source>
        <translation>Trop de requêtes ont été envoyées à OpenCX en peu de temps.</translation>
    </message>
    <message>
        <source>HubSpot did not answer OpenCX</source>
        <translation>HubSpot n&apos;a pas répondu à OpenCX</translation>
    </message>
    <message>
        <source>OpenCX asked HubSpot for information, and HubSpot refused or failed.</source>
        <translation>OpenCX a demandé des informations à HubSpot, qui a refusé ou échoué.</translation>
    </message>
    <message>
        <source>%1 is having trouble</source>
        <translation>%1 rencontre des difficultés</translation>
    </message>
    <message>
        <source>%1 could not finish this request because of a problem on its side.</source>
        <translation>%1 n&apos;a pas pu traiter cette demande à cause d&apos;un problème de son côté.</translation>
    </message>
    <message>
        <source>OpenCX refused the request</source>
        <translation>OpenCX a refusé la demande</translation>
    </message>
    <message>
        <source>The OpenCX API key you signed in with is limited to some permissions, and this step needs more. OpenCX says it is missing the permission “%1”.</source>
        <translation>La clé API OpenCX avec laquelle vous êtes connecté est limitée à certaines autorisations, et cette étape en demande davantage. OpenCX indique qu&apos;il manque l&apos;autorisation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The OpenCX API key you signed in with is limited to some permissions, and this step needs more. Setting up the HubSpot integration needs a key with full access.</source>
        <translation>La clé API OpenCX avec laquelle vous êtes connecté est limitée à certaines autorisations, et cette étape en demande davantage. Configurer l&apos;intégration HubSpot nécessite une clé avec un accès complet.</translation>
    </message>
    <message>
        <source>This OpenCX API key is not allowed to do this</source>
        <translation>Cette clé API OpenCX n&apos;est pas autorisée à faire cela</translation>
    </message>
    <message>
        <source>In OpenCX, open Settings → Access (%1), create an API key with full access, then sign in with that key instead.</source>
        <translation>Dans OpenCX, ouvrez «&#xa0;Settings → Access&#xa0;» (%1), créez une clé API avec un accès complet, puis connectez-vous plutôt avec cette clé.</translation>
    </message>
    <message>
        <source>HubSpot is not connected</source>
        <translation>HubSpot n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>HubSpot is already connected</source>
        <translation>HubSpot est déjà connecté</translation>
    </message>
    <message>
        <source>HubSpot needs you to reconnect</source>
        <translation>HubSpot demande une reconnexion</translation>
    </message>
    <message>
        <source>There is already a signature for this domain</source>
        <translation>Il existe déjà une signature pour ce domaine</translation>
    </message>
    <message>
        <source>This does not fit the current setup</source>
        <translation>Ceci ne correspond pas à la configuration actuelle</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Réessayez. Si le problème persiste, exportez le fichier de diagnostic pour le support.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, export diagnostics for support.</source>
        <translation>Réessayez dans quelques minutes. Si le problème persiste, exportez le fichier de diagnostic pour le support.</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation>Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>Copy the token again from the private app&apos;s Auth tab in HubSpot.</source>
        <translation>Copiez de nouveau le jeton depuis l&apos;onglet «&#xa0;Authentification&#xa0;» de l&apos;application privée dans HubSpot.</translation>
    </message>
    <message>
        <source>In HubSpot, open the private app&apos;s Scopes tab, tick the missing scopes, commit the changes, then try again.</source>
        <translation>Dans HubSpot, ouvrez l&apos;onglet «&#xa0;Champs d&apos;application&#xa0;» de l&apos;application privée, cochez les autorisations manquantes, cliquez sur Valider les modifications, puis réessayez.</translation>
    </message>
    <message>
        <source>HubSpot did not accept the private app token. It may have been rotated or deleted.</source>
        <translation>HubSpot n&apos;a pas accepté le jeton de l&apos;application privée. Il a peut-être été renouvelé ou supprimé.</translation>
    </message>
    <message>
        <source>HubSpot refused the private app</source>
        <translation>HubSpot a refusé l&apos;application privée</translation>
    </message>
    <message>
        <source>HubSpot knows the token but refused the request: the HubSpot user who created the private app no longer has access to this portal.</source>
        <translation>HubSpot reconnaît le jeton mais a refusé la demande&#xa0;: l&apos;utilisateur HubSpot qui a créé l&apos;application privée n&apos;a plus accès à ce compte.</translation>
    </message>
    <message>
        <source>Ask a HubSpot super admin to give that user their access back (Settings → Users &amp; Teams), then try again. If that user is gone for good, connect with HubSpot instead of the legacy app.</source>
        <translation>Demandez à un super administrateur HubSpot de rendre son accès à cet utilisateur (Paramètres → Utilisateurs et équipes), puis réessayez. Si cet utilisateur est parti définitivement, utilisez «&#xa0;Connecter à HubSpot&#xa0;» au lieu de l&apos;application héritée.</translation>
    </message>
    <message>
        <source>HubSpot refused the request because the private app lacks a scope: %1.</source>
        <translation>HubSpot a refusé la demande, car il manque une autorisation à l&apos;application privée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>HubSpot refused the request because the private app lacks a scope.</source>
        <translation>HubSpot a refusé la demande, car il manque une autorisation à l&apos;application privée.</translation>
    </message>
    <message>
        <source>HubSpot asks to slow down</source>
        <translation>HubSpot demande de ralentir</translation>
    </message>
    <message>
        <source>Too many requests were sent to HubSpot in a short time (the daily limit was reached).</source>
        <translation>Trop de requêtes ont été envoyées à HubSpot en peu de temps (la limite quotidienne a été atteinte).</translation>
    </message>
    <message>
        <source>Too many requests were sent to HubSpot in a short time.</source>
        <translation>Trop de requêtes ont été envoyées à HubSpot en peu de temps.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach HubSpot.</source>
        <translation>Demandez à votre service informatique d&apos;autoriser cet assistant à joindre HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot is moving this account</source>
        <translation>HubSpot déplace ce compte</translation>
    </message>
    <message>
        <source>HubSpot is moving this portal&apos;s data to another data centre and refuses changes until it is done.</source>
        <translation>HubSpot transfère les données de ce compte vers un autre centre de données et refuse les modifications jusqu&apos;à la fin du transfert.</translation>
    </message>
    <message>
        <source>Try again later; a move can take up to a day.</source>
        <translation>Réessayez plus tard&#xa0;; un transfert peut prendre jusqu&apos;à une journée.</translation>
    </message>
    <message>
        <source>%1 answered in an unexpected way</source>
        <translation>%1 a répondu de façon inattendue</translation>
    </message>
    <message>
        <source>The answer from %1 was not what the assistant expected.</source>
        <translation>%1 a renvoyé une réponse que l&apos;assistant n&apos;attendait pas.</translation>
    </message>
</context>
<context>
    <name>services.file_writes</name>
    <message>
        <source>The folder %1 cannot be written: it is read-only for you.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1&#xa0;: il est en lecture seule pour vous.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: it is on a read-only disk.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1&#xa0;: il se trouve sur un disque en lecture seule.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: the disk is full.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1&#xa0;: le disque est plein.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: your disk quota is used up.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1&#xa0;: votre quota de disque est épuisé.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: a file is in the way of it.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1&#xa0;: un fichier se trouve à sa place.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: %2.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: this computer refused it.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1&#xa0;: l&apos;ordinateur l&apos;a refusé.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n byte(s).</source>
        <translation>
            <numerusform>%1 dépasse %n octet.</numerusform>
            <numerusform>%1 dépasse %n octets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.loopback</name>
    <message>
        <source>Nothing here</source>
        <translation>Il n&apos;y a rien ici</translation>
    </message>
    <message>
        <source>This address is not part of the sign-in.</source>
        <translation>Cette adresse ne fait pas partie de la connexion.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>The browser sent more than expected.</source>
        <translation>Le navigateur a envoyé plus de données que prévu.</translation>
    </message>
    <message>
        <source>The browser sent the answer in an unknown form.</source>
        <translation>Le navigateur a envoyé la réponse sous une forme inconnue.</translation>
    </message>
    <message>
        <source>This link has expired</source>
        <translation>Ce lien a expiré</translation>
    </message>
    <message>
        <source>This page belongs to an earlier or different attempt, so it was not used.</source>
        <translation>Cette page appartient à une tentative précédente ou différente&#xa0;; elle n&apos;a donc pas été utilisée.</translation>
    </message>
    <message>
        <source>Go back to the app and finish in the newest browser tab it opened.</source>
        <translation>Revenez à l&apos;application et terminez dans le dernier onglet qu&apos;elle a ouvert.</translation>
    </message>
    <message>
        <source>This took too long</source>
        <translation>Cela a pris trop de temps</translation>
    </message>
    <message>
        <source>The browser did not finish sending the page.</source>
        <translation>Le navigateur n&apos;a pas fini d&apos;envoyer la page.</translation>
    </message>
    <message>
        <source>The browser sent an incomplete page.</source>
        <translation>Le navigateur a envoyé une page incomplète.</translation>
    </message>
    <message>
        <source>The address was too long.</source>
        <translation>L&apos;adresse était trop longue.</translation>
    </message>
    <message>
        <source>The browser spoke an unknown protocol version.</source>
        <translation>Le navigateur a utilisé une version de protocole inconnue.</translation>
    </message>
    <message>
        <source>This attempt was stopped</source>
        <translation>Cette tentative a été arrêtée</translation>
    </message>
    <message>
        <source>The assistant is no longer waiting for this page.</source>
        <translation>L&apos;assistant n&apos;attend plus cette page.</translation>
    </message>
    <message>
        <source>Return to the app to start again.</source>
        <translation>Revenez à l&apos;application pour recommencer.</translation>
    </message>
    <message>
        <source>Nothing is waiting for an address right now. Start the sign-in or connect again.</source>
        <translation>Aucune adresse n&apos;est attendue pour le moment. Relancez la connexion à OpenCX ou à HubSpot.</translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar (it starts with http).</source>
        <translation>Collez l&apos;adresse complète depuis la barre d&apos;adresse du navigateur (elle commence par http).</translation>
    </message>
    <message>
        <source>That address belongs to an earlier or different attempt. Paste the address of the newest browser tab.</source>
        <translation>Cette adresse appartient à une tentative précédente ou différente. Collez l&apos;adresse de l&apos;onglet le plus récent.</translation>
    </message>
    <message>
        <source>That is not the address of the last page. Copy the address of the page the browser ended on (it starts with %1).</source>
        <translation>Ce n&apos;est pas l&apos;adresse de la dernière page. Copiez l&apos;adresse de la page sur laquelle le navigateur s&apos;est arrêté (elle commence par %1).</translation>
    </message>
</context>
<context>
    <name>services.opencx_port</name>
    <message>
        <source>You are signed in to OpenCX</source>
        <translation>Vous êtes connecté à OpenCX</translation>
    </message>
    <message>
        <source>HubSpot is connected to OpenCX</source>
        <translation>HubSpot est connecté à OpenCX</translation>
    </message>
    <message>
        <source>You can close this tab and go back to the setup assistant.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à l&apos;assistant de configuration.</translation>
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
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>channel type: its name</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>services.problem_texts</name>
    <message>
        <source>The diagnostics file could not be saved</source>
        <translation>Le fichier de diagnostic n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved</source>
        <translation>Le fichier de diagnostic n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The answers file could not be saved</source>
        <translation>Le fichier de réponses n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>It could not be written to %1 (%2).</source>
        <translation>Impossible de l&apos;écrire dans %1 (%2).</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, such as Documents, and try again.</source>
        <translation>Choisissez un dossier où vous pouvez écrire, comme Documents, et réessayez.</translation>
    </message>
    <message>
        <source>A folder on this computer cannot be written</source>
        <translation>Impossible d&apos;écrire dans un dossier de cet ordinateur</translation>
    </message>
    <message>
        <source>Make the folder writable for your user (or free some disk space), then try again; nothing was changed.</source>
        <translation>Rendez le dossier accessible en écriture pour votre utilisateur (ou libérez de l&apos;espace disque), puis réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A setting cannot be used</source>
        <translation>Un paramètre est inutilisable</translation>
    </message>
    <message>
        <source>Correct the option, the %1 / %2 variable or the settings file, then start again.</source>
        <translation>Corrigez l&apos;option, la variable %1 / %2 ou le fichier de paramètres, puis relancez.</translation>
    </message>
    <message>
        <source>The language could not be kept</source>
        <translation>La langue n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Correct or remove the settings file it names, then choose the language again.</source>
        <translation>Corrigez ou supprimez le fichier de paramètres indiqué, puis choisissez de nouveau la langue.</translation>
    </message>
    <message>
        <source>Another setup is running</source>
        <translation>Une autre configuration est en cours</translation>
    </message>
    <message>
        <source>Wait until it has finished, then start again; nothing was changed.</source>
        <translation>Attendez qu&apos;elle se termine, puis relancez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Le bac à sable (mode entraînement) n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>Check the scenario name (%1 lists them).</source>
        <translation>Vérifiez le nom du scénario (%1 en donne la liste).</translation>
    </message>
    <message>
        <source>The practice customer could not send the message</source>
        <translation>Le client d&apos;entraînement n&apos;a pas pu envoyer le message</translation>
    </message>
    <message>
        <source>The built-in practice portal did not accept the test message.</source>
        <translation>Le compte d&apos;entraînement intégré n&apos;a pas accepté le message de test.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the assistant.</source>
        <translation>Réessayez. Si l&apos;échec persiste, redémarrez l&apos;assistant.</translation>
    </message>
</context>
<context>
    <name>services.progress</name>
    <message>
        <source>Your saved progress could not be read, so the setup starts from the beginning. Nothing in OpenCX or HubSpot was changed.</source>
        <translation>Votre progression enregistrée n&apos;a pas pu être lue&#xa0;: la configuration reprend donc depuis le début. Rien n&apos;a été modifié dans OpenCX ni dans HubSpot.</translation>
    </message>
    <message>
        <source>Your saved progress was made by a different version of this assistant, so the setup starts from the beginning. Anything already connected will be found again.</source>
        <translation>Votre progression enregistrée provient d&apos;une autre version de cet assistant&#xa0;: la configuration reprend donc depuis le début. Ce qui est déjà connecté sera retrouvé.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved in %1 (%2).</source>
        <translation>Votre progression ne peut pas être enregistrée dans %1 (%2).</translation>
    </message>
</context>
<context>
    <name>services.result_page</name>
    <message>
        <source>en</source>
        <comment>The language code of the browser page (de, fr, es, nl, pt-BR): not a sentence</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>You can close this tab and return to %1.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à %1.</translation>
    </message>
</context>
<context>
    <name>services.secrets</name>
    <message>
        <source>This computer has no secure password storage that the assistant can use, so your sign-in and tokens are kept only while the assistant is open. You will need to sign in again next time.</source>
        <translation>Cet ordinateur n&apos;a pas de stockage sécurisé des mots de passe utilisable par l&apos;assistant&#xa0;: votre connexion et vos jetons d&apos;accès ne sont donc conservés que tant que l&apos;assistant est ouvert. Vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>The system keychain refused to store a secret, so it is kept only while the assistant is open. Unlock your keychain and try again to keep it.</source>
        <translation>Le trousseau de mots de passe de l&apos;ordinateur a refusé d&apos;enregistrer un secret&#xa0;: il n&apos;est conservé que tant que l&apos;assistant est ouvert. Déverrouillez votre trousseau et réessayez pour le conserver.</translation>
    </message>
</context>
<context>
    <name>services.settings</name>
    <message>
        <source>%1 must be a web address such as %2.</source>
        <translation>%1 doit être une adresse web, par exemple %2.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation>%1 ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>%1 must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation>%1 ne doit contenir ni «&#xa0;?&#xa0;» ni «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must start with https:// (plain http is only allowed for this computer, 127.0.0.1 or localhost).</source>
        <translation>%1 doit commencer par https:// (le http simple n&apos;est autorisé que pour cet ordinateur&#xa0;: 127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <source>%1 has a port that is not a number from 1 to 65535.</source>
        <translation>%1 contient un port qui n&apos;est pas un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 doit valoir l&apos;une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The OpenCX URL</source>
        <translation>L&apos;URL d&apos;OpenCX</translation>
    </message>
    <message>
        <source>The HubSpot API URL</source>
        <translation>L&apos;URL de l&apos;API HubSpot</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a setting (where it came from)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The assistant does not speak the language “%1”. Use one of %2.</source>
        <translation>L&apos;assistant ne propose pas la langue «&#xa0;%1&#xa0;». Utilisez l&apos;une de celles-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>Le fichier de paramètres %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The settings file %1 is not a file.</source>
        <translation>Le fichier de paramètres %1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The settings file %1 is too large to be a settings file (more than %2 KiB).</source>
        <translation>Le fichier de paramètres %1 est trop volumineux pour en être un (plus de %2 Kio).</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (%2).</source>
        <translation>Le fichier de paramètres %1 est illisible (%2).</translation>
    </message>
    <message>
        <source>The settings file %1 is not UTF-8 text; save it as UTF-8.</source>
        <translation>Le fichier de paramètres %1 n&apos;est pas un texte UTF-8&#xa0;; enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>The settings file %1 is not valid TOML: %2.</source>
        <translation>Le fichier de paramètres %1 n&apos;est pas un fichier TOML valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The settings file %1 is nested too deeply.</source>
        <translation>Le fichier de paramètres %1 est trop profondément imbriqué.</translation>
    </message>
    <message>
        <source>The settings file %1 has unknown settings: %2. Known: %3.</source>
        <translation>Le fichier de paramètres %1 contient des paramètres inconnus&#xa0;: %2. Paramètres connus&#xa0;: %3.</translation>
    </message>
    <message>
        <source>In %1, these settings must be text: %2.</source>
        <translation>Dans %1, ces paramètres doivent être du texte&#xa0;: %2.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>source&#xa0;: %1</translation>
    </message>
    <message>
        <source>from the %1 environment variable</source>
        <translation>source&#xa0;: variable d&apos;environnement %1</translation>
    </message>
</context>
<context>
    <name>services.writer_lock</name>
    <message>
        <source>The setup window is open; close it or wait.</source>
        <translation>La fenêtre de configuration est ouverte&#xa0;; fermez-la ou patientez.</translation>
    </message>
    <message>
        <source>Another &quot;apply&quot; command is running (process %1); wait for it to finish.</source>
        <translation>Une autre commande «&#xa0;apply&#xa0;» est en cours (processus %1)&#xa0;; attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>Another &quot;apply&quot; command is running; wait for it to finish.</source>
        <translation>Une autre commande «&#xa0;apply&#xa0;» est en cours&#xa0;; attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>Another setup is running for your user; wait for it to finish.</source>
        <translation>Une autre configuration est en cours pour votre utilisateur&#xa0;; attendez qu&apos;elle se termine.</translation>
    </message>
</context>
</TS>
