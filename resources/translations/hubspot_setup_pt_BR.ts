<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AutopilotPage</name>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Autopilot is switched on or off per channel. When it is off for a channel, OpenCX still stores that channel&apos;s conversations but does not reply to them.</source>
        <translation>O Autopilot é ativado ou desativado por canal. Quando ele está desativado em um canal, o OpenCX continua guardando as conversas desse canal, mas não responde a elas.</translation>
    </message>
    <message>
        <source>I will send the &amp;test message by:</source>
        <translation>Vou enviar a mensagem de &amp;teste por:</translation>
    </message>
    <message>
        <source>Channel for the test message</source>
        <translation>Canal da mensagem de teste</translation>
    </message>
    <message>
        <source>Autopilot per channel</source>
        <translation>Autopilot por canal</translation>
    </message>
    <message>
        <source>Turns Autopilot on for the channel you will test on</source>
        <translation>Ativa o Autopilot no canal em que você vai fazer o teste</translation>
    </message>
    <message>
        <source>T&amp;urn it on</source>
        <translation>At&amp;ivar</translation>
    </message>
    <message>
        <source>Reads the Autopilot settings again</source>
        <translation>Lê as configurações do Autopilot novamente</translation>
    </message>
    <message>
        <source>&amp;Read again from OpenCX</source>
        <translation>&amp;Recarregar do OpenCX</translation>
    </message>
</context>
<context>
    <name>LegacyAppContent</name>
    <message>
        <source>Open the legacy app your portal already has in HubSpot, check each item below, and tick it here when it matches. Keep this window open beside your browser.</source>
        <translation>Abra na HubSpot o aplicativo legado que sua conta já tem, confira cada item abaixo e marque-o aqui quando estiver igual. Deixe esta janela aberta ao lado do navegador.</translation>
    </message>
    <message>
        <source>No legacy app in your portal?</source>
        <translation>Sua conta não tem um aplicativo legado?</translation>
    </message>
    <message>
        <source>Connect with &amp;HubSpot instead</source>
        <translation>Conectar com a &amp;HubSpot</translation>
    </message>
    <message>
        <source>On the app&apos;s Scopes tab. Add any that are missing.</source>
        <translation>Na guia Escopos do aplicativo. Adicione os que estiverem faltando.</translation>
    </message>
    <message>
        <source>Required scopes</source>
        <translation>Escopos necessários</translation>
    </message>
    <message>
        <source>Copies the scopes to paste in HubSpot</source>
        <translation>Copia os escopos para colar na HubSpot</translation>
    </message>
    <message>
        <source>Copy &amp;scopes</source>
        <translation>Copiar e&amp;scopos</translation>
    </message>
    <message>
        <source>On the app&apos;s Webhooks tab, as its target URL. Keep this address private, like a password. Set event throttling high enough for your conversation volume.</source>
        <translation>Na guia Webhooks do aplicativo, como URL de destino. Mantenha este endereço em sigilo, como uma senha. Defina o limite de eventos alto o bastante para o seu volume de conversas.</translation>
    </message>
    <message>
        <source>Loading the webhook URL from OpenCX…</source>
        <translation>Carregando a URL do webhook do OpenCX…</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL do webhook</translation>
    </message>
    <message>
        <source>Copies the webhook URL to paste in HubSpot</source>
        <translation>Copia a URL do webhook para colar na HubSpot</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copiar &amp;URL</translation>
    </message>
    <message>
        <source>On the same Webhooks tab, under HubSpot&apos;s names. The third is a ticket subscription: look under Ticket, not Conversation.</source>
        <translation>Na mesma guia Webhooks, com os nomes que a HubSpot usa. A terceira é uma assinatura de tickets: procure em Ticket, não em Conversa.</translation>
    </message>
    <message>
        <source>Webhook subscriptions the app needs</source>
        <translation>Assinaturas de webhook de que o aplicativo precisa</translation>
    </message>
    <message>
        <source>On the next page you paste the app&apos;s access token (Auth tab → Show token → Copy).</source>
        <translation>Na próxima página, você vai colar o token de acesso do aplicativo (guia Autenticação → Mostrar token → Copiar).</translation>
    </message>
</context>
<context>
    <name>LegacyCredentialsContent</name>
    <message>
        <source>1. The private app&apos;s access token</source>
        <translation>1. O token de acesso do aplicativo privado</translation>
    </message>
    <message>
        <source>In HubSpot, open your legacy app, go to the Auth tab, click Show token, then Copy, and paste it here. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Na HubSpot, abra seu aplicativo legado, vá até a guia Autenticação, clique em Mostrar token e depois em Copiar, e cole aqui. Ele fica guardado no cofre de senhas deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>pat-na1-…</source>
        <translation>pat-na1-…</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Token de acesso do aplicativo privado</translation>
    </message>
    <message>
        <source>Checks the token with HubSpot</source>
        <translation>Verifica o token com a HubSpot</translation>
    </message>
    <message>
        <source>&amp;Check token</source>
        <translation>Verificar &amp;token</translation>
    </message>
    <message>
        <source>2. The default user</source>
        <translation>2. O usuário padrão</translation>
    </message>
    <message>
        <source>OpenCX acts as this HubSpot user, for example when it posts replies. Pick a teammate from your portal.</source>
        <translation>O OpenCX age como este usuário da HubSpot, por exemplo ao publicar respostas. Escolha um membro da equipe da sua conta.</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Membros da equipe</translation>
    </message>
    <message>
        <source>Or type the &amp;user ID:</source>
        <translation>Ou digite o ID do &amp;usuário:</translation>
    </message>
    <message>
        <source>12345678 or the profile address</source>
        <translation>12345678 ou link do perfil</translation>
    </message>
    <message>
        <source>HubSpot user ID or profile address</source>
        <translation>ID de usuário da HubSpot ou endereço do perfil</translation>
    </message>
    <message>
        <source>Uses the typed user ID as the default user</source>
        <translation>Usa o ID digitado como usuário padrão</translation>
    </message>
    <message>
        <source>Use &amp;this ID</source>
        <translation>Usar &amp;este ID</translation>
    </message>
    <message>
        <source>Saves the token and the default user in OpenCX</source>
        <translation>Salva o token e o usuário padrão no OpenCX</translation>
    </message>
    <message>
        <source>&amp;Save in OpenCX</source>
        <translation>&amp;Salvar no OpenCX</translation>
    </message>
</context>
<context>
    <name>ManagePage</name>
    <message>
        <source>HubSpot connection</source>
        <translation>Conexão com a HubSpot</translation>
    </message>
    <message>
        <source>This HubSpot portal is already connected to OpenCX. Change what you need, or run the test message again.</source>
        <translation>Esta conta da HubSpot já está conectada ao OpenCX. Altere o que precisar ou envie a mensagem de teste novamente.</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Ação recomendada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>HubSpot portal</source>
        <translation>Conta da HubSpot</translation>
    </message>
    <message>
        <source>OpenCX organization</source>
        <translation>Organização do OpenCX</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>Remetente da IA</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>Assinaturas de e-mail</translation>
    </message>
    <message>
        <source>Last test message</source>
        <translation>Última mensagem de teste</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <source>Change who the AI &amp;posts as</source>
        <translation>Alterar o re&amp;metente da IA</translation>
    </message>
    <message>
        <source>Change who the AI posts as</source>
        <translation>Alterar o remetente da IA</translation>
    </message>
    <message>
        <source>Change &amp;Autopilot</source>
        <translation>Alterar o &amp;Autopilot</translation>
    </message>
    <message>
        <source>Change Autopilot per channel</source>
        <translation>Alterar o Autopilot por canal</translation>
    </message>
    <message>
        <source>Email &amp;signatures</source>
        <translation>A&amp;ssinaturas de e-mail</translation>
    </message>
    <message>
        <source>Edit email signatures</source>
        <translation>Editar as assinaturas de e-mail</translation>
    </message>
    <message>
        <source>Runs the test message checklist again</source>
        <translation>Executa novamente a lista de verificação da mensagem de teste</translation>
    </message>
    <message>
        <source>&amp;Run the test again</source>
        <translation>&amp;Refazer o teste</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>OpenCX stops reading and answering this portal&apos;s conversations. Existing OpenCX sessions stay available.</source>
        <translation>O OpenCX deixa de ler e responder às conversas desta conta. As sessões que já existem no OpenCX continuam disponíveis.</translation>
    </message>
    <message>
        <source>Disco&amp;nnect…</source>
        <translation>D&amp;esconectar…</translation>
    </message>
    <message>
        <source>Disconnect HubSpot from OpenCX</source>
        <translation>Desconectar a HubSpot do OpenCX</translation>
    </message>
</context>
<context>
    <name>MethodContent</name>
    <message>
        <source>Choose how OpenCX connects to your HubSpot portal.</source>
        <translation>Escolha como o OpenCX se conecta à sua conta da HubSpot.</translation>
    </message>
    <message>
        <source>Confirm switching the connection method</source>
        <translation>Confirmar a troca do método de conexão</translation>
    </message>
    <message>
        <source>Disconnects the portal, then switches the connection method</source>
        <translation>Desconecta a conta e depois troca o método de conexão</translation>
    </message>
    <message>
        <source>Disconnect and s&amp;witch</source>
        <translation>Desconectar e &amp;trocar</translation>
    </message>
    <message>
        <source>&amp;Keep the current connection</source>
        <translation>&amp;Manter a conexão atual</translation>
    </message>
    <message>
        <source>Keep the current connection</source>
        <translation>Manter a conexão atual</translation>
    </message>
    <message>
        <source>What&apos;s the difference between the two ways to connect?</source>
        <translation>Qual é a diferença entre as duas formas de conectar?</translation>
    </message>
    <message>
        <source>Comparison of the two connection methods</source>
        <translation>Comparação dos dois métodos de conexão</translation>
    </message>
    <message>
        <source>Workflow actions (pause, resume, send to AI, request handoff) are available only with Connect with HubSpot.</source>
        <translation>As ações de fluxo de trabalho (pausar, retomar, enviar para a IA, pedir transferência) só estão disponíveis com “Conectar com a HubSpot”.</translation>
    </message>
</context>
<context>
    <name>OAuthConnectContent</name>
    <message>
        <source>Connect in the browser</source>
        <translation>Conectar no navegador</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Status da conexão</translation>
    </message>
    <message>
        <source>✓ Connected with HubSpot</source>
        <translation>✓ Conectado com a HubSpot</translation>
    </message>
    <message>
        <source>Connected with HubSpot</source>
        <translation>Conectado com a HubSpot</translation>
    </message>
</context>
<context>
    <name>PrerequisitesContent</name>
    <message>
        <source>Connect your HubSpot portal to OpenCX so the AI answers your customers in HubSpot.</source>
        <translation>Conecte sua conta da HubSpot ao OpenCX para que a IA responda aos seus clientes na HubSpot.</translation>
    </message>
    <message>
        <source>When a conversation needs a person, OpenCX hands it to your team. Setup takes about ten minutes; you can close this assistant at any time and it reopens where you stopped.</source>
        <translation>Quando uma conversa precisa de uma pessoa, o OpenCX a passa para a sua equipe. A configuração leva uns dez minutos; você pode fechar este assistente a qualquer momento, e ele reabre de onde você parou.</translation>
    </message>
    <message>
        <source>Make sure that:</source>
        <translation>Confira se:</translation>
    </message>
    <message>
        <source>Prerequisites checklist</source>
        <translation>Lista de verificação dos pré-requisitos</translation>
    </message>
    <message>
        <source>Items marked &quot;checked automatically&quot; were confirmed by OpenCX or HubSpot; the assistant checks the others again as soon as it can.</source>
        <translation>Os itens marcados como “verificado automaticamente” foram confirmados pelo OpenCX ou pela HubSpot; o assistente verifica os outros novamente assim que puder.</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Who the AI posts as</source>
        <translation>Remetente da IA</translation>
    </message>
    <message>
        <source>Pick the HubSpot teammate OpenCX attributes its replies to: click a name and it is saved. Customers see this teammate&apos;s name on email replies. A dedicated AI teammate (for example &quot;Acme Assistant&quot;) makes it clear that a reply came from the AI.</source>
        <translation>Escolha o membro da equipe da HubSpot a quem o OpenCX atribui as respostas: clique em um nome e ele é salvo. Os clientes veem o nome desse membro da equipe nas respostas por e-mail. Um membro da equipe só para a IA (por exemplo “Assistente Acme”) deixa claro que a resposta veio da IA.</translation>
    </message>
    <message>
        <source>The AI does not post as anyone yet.</source>
        <translation>A IA ainda não tem um remetente.</translation>
    </message>
    <message>
        <source>Reads the teammates from HubSpot again</source>
        <translation>Lê novamente os membros da equipe da HubSpot</translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation>&amp;Recarregar a lista</translation>
    </message>
</context>
<context>
    <name>SignInContent</name>
    <message>
        <source>Sign in with the OpenCX account you use for the dashboard. Your browser opens on the OpenCX sign-in page; after you sign in there, come back here: this window continues on its own.</source>
        <translation>Entre com a conta do OpenCX que você usa no painel. Seu navegador vai abrir a página de login do OpenCX; depois de entrar lá, volte aqui: esta janela continua sozinha.</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Login pelo navegador</translation>
    </message>
    <message>
        <source>Use an &amp;API key instead</source>
        <translation>Usar uma chave de &amp;API</translation>
    </message>
    <message>
        <source>Use an API key instead</source>
        <translation>Usar uma chave de API</translation>
    </message>
    <message>
        <source>API key sign-in</source>
        <translation>Login com chave de API</translation>
    </message>
    <message>
        <source>Create an API key in the OpenCX dashboard (Settings → Access) and paste it here. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Crie uma chave de API no painel do OpenCX (“Settings → Access”) e cole-a aqui. Ela fica guardada no cofre de senhas deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>ocx_key_…</source>
        <translation>ocx_key_…</translation>
    </message>
    <message>
        <source>OpenCX API key</source>
        <translation>Chave de API do OpenCX</translation>
    </message>
    <message>
        <source>Sign in with &amp;key</source>
        <translation>Entrar com a c&amp;have</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Login efetuado</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Sign out of OpenCX</source>
        <translation>Sair do OpenCX</translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <source>New rule</source>
        <translation>Nova regra</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>Assinaturas de e-mail</translation>
    </message>
    <message>
        <source>Signatures are added to the AI&apos;s email replies by the sender&apos;s email domain. Use a domain such as &lt;b&gt;open.cx&lt;/b&gt; for one domain, or &lt;b&gt;*.nl&lt;/b&gt; for every address ending in .nl. An exact domain always wins over a wildcard. This step is optional.</source>
        <translation>As assinaturas são adicionadas às respostas por e-mail da IA conforme o domínio do e-mail do remetente. Use um domínio como &lt;b&gt;open.cx&lt;/b&gt; para um único domínio, ou &lt;b&gt;*.nl&lt;/b&gt; para todos os endereços que terminam em .nl. Um domínio exato sempre vence um curinga. Esta etapa é opcional.</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regras</translation>
    </message>
    <message>
        <source>Signature rules</source>
        <translation>Regras de assinatura</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add a signature rule</source>
        <translation>Adicionar uma regra de assinatura</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;emover</translation>
    </message>
    <message>
        <source>Remove the selected signature rule</source>
        <translation>Remover a regra de assinatura selecionada</translation>
    </message>
    <message>
        <source>Domain &amp;pattern</source>
        <translation>&amp;Padrão de domínio</translation>
    </message>
    <message>
        <source>open.cx or *.nl</source>
        <translation>open.cx ou *.nl</translation>
    </message>
    <message>
        <source>Domain pattern</source>
        <translation>Padrão de domínio</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>Assina&amp;tura</translation>
    </message>
    <message>
        <source>Pre&amp;view (what will be saved)</source>
        <translation>Pré-v&amp;isualização (o que será salvo)</translation>
    </message>
    <message>
        <source>Edit the &amp;HTML (advanced: paste a signature made elsewhere)</source>
        <translation>Editar o &amp;HTML (avançado: cole uma assinatura feita em outro lugar)</translation>
    </message>
    <message>
        <source>Signature HTML: paste it here, or change it. Scripts and anything that loads from the internet are removed.</source>
        <translation>HTML da assinatura: cole aqui ou altere. Scripts e tudo o que é carregado da internet são removidos.</translation>
    </message>
    <message>
        <source>Signature HTML</source>
        <translation>HTML da assinatura</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kind regards,&lt;br&gt;The Acme team&lt;/p&gt;</source>
        <translation>&lt;p&gt;Atenciosamente,&lt;br&gt;Equipe Acme&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saves the signature rule in OpenCX</source>
        <translation>Salva a regra de assinatura no OpenCX</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Salvar regra</translation>
    </message>
    <message>
        <source>&amp;Which signature would an email from this address get?</source>
        <translation>&amp;Qual assinatura um e-mail deste endereço receberia?</translation>
    </message>
    <message>
        <source>anna@shop.nl</source>
        <translation>anna@shop.nl</translation>
    </message>
    <message>
        <source>Email address to test</source>
        <translation>Endereço de e-mail para testar</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>AI posts as</source>
        <translation>Remetente da IA</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>This is what was set up. You can change any of it later by opening this assistant again.</source>
        <translation>Isto é o que foi configurado. Você pode alterar qualquer item depois, abrindo este assistente novamente.</translation>
    </message>
    <message>
        <source>What was set up</source>
        <translation>O que foi configurado</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>HubSpot portal</source>
        <translation>Conta da HubSpot</translation>
    </message>
    <message>
        <source>OpenCX organization</source>
        <translation>Organização do OpenCX</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>Assinaturas de e-mail</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Ações de fluxo de trabalho</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Mensagem de teste</translation>
    </message>
    <message>
        <source>A file for OpenCX support about this setup</source>
        <translation>Um arquivo para o suporte da OpenCX sobre esta configuração</translation>
    </message>
    <message>
        <source>&amp;Export diagnostics…</source>
        <translation>&amp;Exportar arquivo de diagnóstico…</translation>
    </message>
</context>
<context>
    <name>TestChecklistPage</name>
    <message>
        <source>&amp;Start the test</source>
        <translation>&amp;Iniciar o teste</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar uma mensagem de teste</translation>
    </message>
    <message>
        <source>Prove that the connection works: send one message the way a customer would, and watch each step of the guide tick itself as it happens.</source>
        <translation>Comprove que a conexão funciona: envie uma mensagem como um cliente faria e veja cada etapa do guia ser marcada sozinha assim que acontece.</translation>
    </message>
    <message>
        <source>1. Before you send</source>
        <translation>1. Antes de enviar</translation>
    </message>
    <message>
        <source>Send the test message by:</source>
        <translation>Enviar a mensagem de teste por:</translation>
    </message>
    <message>
        <source>Channel for the test message</source>
        <translation>Canal da mensagem de teste</translation>
    </message>
    <message>
        <source>T&amp;urn Autopilot on</source>
        <translation>Ativar o A&amp;utopilot</translation>
    </message>
    <message>
        <source>Turn Autopilot on for the test channel</source>
        <translation>Ativar o Autopilot no canal de teste</translation>
    </message>
    <message>
        <source>2. Where to send it</source>
        <translation>2. Para onde enviar</translation>
    </message>
    <message>
        <source>The message must come in through a channel HubSpot owns: your HubSpot chat widget, or an email address routed through a HubSpot inbox. A message sent anywhere else never reaches HubSpot, so OpenCX cannot see it.</source>
        <translation>A mensagem precisa chegar por um canal da HubSpot: o widget de chat da HubSpot ou um endereço de e-mail encaminhado por uma caixa de entrada da HubSpot. Uma mensagem enviada por qualquer outro lugar nunca chega à HubSpot, e o OpenCX não consegue vê-la.</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copiar &amp;endereço</translation>
    </message>
    <message>
        <source>3. Watch it happen</source>
        <translation>3. Acompanhe em tempo real</translation>
    </message>
    <message>
        <source>A practice customer sends the test message for you</source>
        <translation>Um cliente de prática envia a mensagem de teste por você</translation>
    </message>
    <message>
        <source>Send a &amp;test message as a customer</source>
        <translation>Enviar uma mensagem de &amp;teste como cliente</translation>
    </message>
    <message>
        <source>Watches for another test message in the same test</source>
        <translation>Aguarda outra mensagem de teste no mesmo teste</translation>
    </message>
    <message>
        <source>&amp;Watch for another message</source>
        <translation>&amp;Aguardar outra mensagem</translation>
    </message>
    <message>
        <source>Asks for a handoff to a person, as a customer would</source>
        <translation>Pede a transferência para uma pessoa, como um cliente faria</translation>
    </message>
    <message>
        <source>Request &amp;handoff</source>
        <translation>&amp;Pedir transferência</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Iniciar o teste</translation>
    </message>
    <message>
        <source>Skips the test for now; you can run it later</source>
        <translation>Pula o teste por enquanto; você pode fazê-lo depois</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Pu&amp;lar por enquanto</translation>
    </message>
</context>
<context>
    <name>WorkflowActionsPage</name>
    <message>
        <source>Workflow actions</source>
        <translation>Ações de fluxo de trabalho</translation>
    </message>
    <message>
        <source>Connecting with HubSpot added four OpenCX actions to your HubSpot workflows. Use them when HubSpot rules should control the AI. You find them in HubSpot under Automation → Workflows, when you add an action to a workflow. There is nothing to set up here.</source>
        <translation>Ao conectar com a HubSpot, quatro ações do OpenCX foram adicionadas aos seus fluxos de trabalho da HubSpot. Use-as quando quiser que regras da HubSpot controlem a IA. Você as encontra na HubSpot em Automação → Fluxos de trabalho, ao adicionar uma ação a um fluxo de trabalho. Não há nada para configurar aqui.</translation>
    </message>
    <message>
        <source>The four actions</source>
        <translation>As quatro ações</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ação&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Use it when&lt;/b&gt;</source>
        <translation>&lt;b&gt;Use quando&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;In your portal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Na sua conta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Ve&amp;rificar novamente</translation>
    </message>
    <message>
        <source>Check again which workflow actions are installed</source>
        <translation>Verificar novamente quais ações de fluxo de trabalho estão instaladas</translation>
    </message>
</context>
<context>
    <name>cli.answers_input</name>
    <message>
        <source>OpenCX API key</source>
        <translation>chave de API do OpenCX</translation>
    </message>
    <message>
        <source>private app token</source>
        <translation>token do aplicativo privado</translation>
    </message>
    <message>
        <source>%1 cannot be read (its links lead nowhere)</source>
        <translation>Não é possível ler %1 (os links dele não levam a lugar nenhum)</translation>
    </message>
    <message>
        <source>%1 is outside the folder of the answers file; keep signature files in that folder or below it</source>
        <translation>%1 está fora da pasta do arquivo de respostas; mantenha os arquivos de assinatura nessa pasta ou em uma subpasta</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB, the most a signature may be</source>
        <translation>%1 tem mais de %2 KiB, o máximo para uma assinatura</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 não é um texto UTF-8</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; is it the right file?</source>
        <translation>%1 tem mais de %2 KiB; é o arquivo certo?</translation>
    </message>
    <message>
        <source>Set %1 to the %2 before running the command.</source>
        <translation>Defina %1 (%2) antes de executar o comando.</translation>
    </message>
    <message>
        <source>Store the %1 in the system keychain under &quot;%2&quot;.</source>
        <translation>Guarde este dado (%1) no cofre de senhas do sistema, na entrada &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Pipe the %1 into the command, for example: ... &lt; key.txt</source>
        <translation>Envie este dado (%1) para o comando pela entrada padrão, por exemplo: ... &lt; key.txt</translation>
    </message>
</context>
<context>
    <name>cli.apply</name>
    <message>
        <source>Setup is complete.</source>
        <translation>A configuração está concluída.</translation>
    </message>
    <message>
        <source>%1: the practice customer exists only in the sandbox</source>
        <translation>%1: o cliente de prática só existe no sandbox</translation>
    </message>
</context>
<context>
    <name>cli.apply_steps</name>
    <message>
        <source>confirmed in the answers file</source>
        <translation>confirmado no arquivo de respostas</translation>
    </message>
    <message>
        <source>%1 is checked when HubSpot is connected</source>
        <translation>%1 é verificado quando a HubSpot está conectada</translation>
    </message>
    <message>
        <source>%1 is not confirmed and HubSpot cannot tell; %2 is checked when HubSpot is connected</source>
        <translation>%1 não foi confirmado e a HubSpot não consegue verificar; %2 é verificado quando a HubSpot está conectada</translation>
    </message>
    <message>
        <source>%1 is not confirmed and HubSpot cannot tell; %2 confirmed</source>
        <translation>%1 não foi confirmado e a HubSpot não consegue verificar; %2 confirmado</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), with the API key</source>
        <translation>%1 (%2 de %3), com a chave de API</translation>
    </message>
    <message>
        <source>Opening your browser to sign in to OpenCX ...</source>
        <translation>Abrindo seu navegador para entrar no OpenCX ...</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), in the browser</source>
        <translation>%1 (%2 de %3), no navegador</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), with the saved session</source>
        <translation>%1 (%2 de %3), com a sessão salva</translation>
    </message>
    <message>
        <source>Your role is %1.</source>
        <translation>Sua função é %1.</translation>
    </message>
    <message>
        <source>Using the sandbox&apos;s practice %1 (%2 is empty).</source>
        <translation>Usando o valor de prática do sandbox para: %1 (vazio em %2).</translation>
    </message>
    <message>
        <source>Once it is fixed, stop this command with Ctrl+C and run it again.</source>
        <translation>Depois de corrigir, pare este comando com Ctrl+C e execute-o novamente.</translation>
    </message>
    <message>
        <source>Waiting for you in the browser. If it did not open, visit:</source>
        <translation>Aguardando você no navegador. Se ele não abriu, acesse:</translation>
    </message>
    <message>
        <source>The browser answered; finishing ...</source>
        <translation>O navegador respondeu; concluindo ...</translation>
    </message>
    <message>
        <source>portal %1 is already connected</source>
        <translation>a conta %1 já está conectada</translation>
    </message>
    <message>
        <source>Opening your browser to approve OpenCX in HubSpot ...</source>
        <translation>Abrindo seu navegador para aprovar o OpenCX na HubSpot ...</translation>
    </message>
    <message>
        <source>connected portal %1</source>
        <translation>conta %1 conectada</translation>
    </message>
    <message>
        <source>HubSpot no longer lets OpenCX into %1: reconnecting ...</source>
        <translation>A HubSpot não permite mais o acesso do OpenCX a %1: reconectando ...</translation>
    </message>
    <message>
        <source>Moving OpenCX to %1, as [oauth] portal_id says.</source>
        <translation>Mudando o OpenCX para %1, conforme [oauth] portal_id.</translation>
    </message>
    <message>
        <source>Switching %1 from the legacy private app to “Connect with HubSpot” (the guide&apos;s OAuth Public App), without disconnecting ...</source>
        <translation>Mudando %1 do aplicativo privado legado para “Conectar com a HubSpot” (o aplicativo público OAuth do guia), sem desconectar ...</translation>
    </message>
    <message>
        <source>switched to Connect with HubSpot: portal %1</source>
        <translation>mudou para “Conectar com a HubSpot”: conta %1</translation>
    </message>
    <message>
        <source>reconnected: portal %1</source>
        <translation>reconectado: conta %1</translation>
    </message>
    <message>
        <source>token accepted by HubSpot for portal %1</source>
        <translation>token aceito pela HubSpot para a conta %1</translation>
    </message>
    <message>
        <source>not a HubSpot user</source>
        <translation>não é um usuário da HubSpot</translation>
    </message>
    <message>
        <source>OpenCX acts as HubSpot user %1, not %2. Changing the default user needs a disconnect and a new connection.</source>
        <translation>O OpenCX age como o usuário %1 da HubSpot, não %2. Para mudar o usuário padrão, é preciso desconectar e conectar de novo.</translation>
    </message>
    <message>
        <source>the OAuth path needs a [sender] (email = ...)</source>
        <translation>o caminho OAuth precisa de uma seção [sender] (email = ...)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (sem alteração)</translation>
    </message>
    <message>
        <source>no HubSpot teammate has the email %1 (teammates: %2)</source>
        <translation>nenhum membro da equipe da HubSpot tem o e-mail %1 (membros da equipe: %2)</translation>
    </message>
    <message>
        <source>no HubSpot teammate has the owner id %1 (teammates: %2)</source>
        <translation>nenhum membro da equipe da HubSpot tem o owner id %1 (membros da equipe: %2)</translation>
    </message>
    <message>
        <source>turned %1 (now: %2)</source>
        <translation>alterado: %1 (agora: %2)</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 ativado</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 desativado</translation>
    </message>
    <message>
        <source>not a domain pattern</source>
        <translation>não é um padrão de domínio</translation>
    </message>
    <message>
        <source>not usable HTML</source>
        <translation>HTML que não pode ser usado</translation>
    </message>
    <message>
        <source>the rule was refused</source>
        <translation>a regra foi recusada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>added %1; updated %2 (%n rule(s) in all)</source>
        <translation>
            <numerusform>adicionadas: %1; atualizadas: %2 (%n regra no total)</numerusform>
            <numerusform>adicionadas: %1; atualizadas: %2 (%n regras no total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added %1 (%n rule(s) in all)</source>
        <translation>
            <numerusform>adicionadas: %1 (%n regra no total)</numerusform>
            <numerusform>adicionadas: %1 (%n regras no total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %1 (%n rule(s) in all)</source>
        <translation>
            <numerusform>atualizadas: %1 (%n regra no total)</numerusform>
            <numerusform>atualizadas: %1 (%n regras no total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), all as in the answers file</source>
        <translation>
            <numerusform>%n regra, como no arquivo de respostas</numerusform>
            <numerusform>%n regras, todas como no arquivo de respostas</numerusform>
        </translation>
    </message>
    <message>
        <source>the answers file says run = false</source>
        <translation>o arquivo de respostas diz run = false</translation>
    </message>
    <message>
        <source>the simulated customer exists only in the sandbox</source>
        <translation>o cliente de prática só existe no sandbox</translation>
    </message>
    <message>
        <source>Watching for another message in the same test ...</source>
        <translation>Aguardando outra mensagem no mesmo teste ...</translation>
    </message>
    <message>
        <source>the test finished; not every item happened, as set up (test run %1)</source>
        <translation>o teste terminou; nem todos os itens aconteceram, conforme configurado (execução de teste %1)</translation>
    </message>
    <message>
        <source>all checks passed (test run %1)</source>
        <translation>todas as verificações passaram (execução de teste %1)</translation>
    </message>
    <message>
        <source>The simulated customer sends the test message ...</source>
        <translation>O cliente de prática envia a mensagem de teste ...</translation>
    </message>
    <message>
        <source>Asking OpenCX to hand the conversation to a human ...</source>
        <translation>Pedindo ao OpenCX que passe a conversa para uma pessoa ...</translation>
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
        <translation>O que fazer: %1</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n thing(s).</source>
        <translation>
            <numerusform>Precisa de atenção: %n item.</numerusform>
            <numerusform>Precisa de atenção: %n itens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything that can be checked is fine.</source>
        <translation>Tudo o que pode ser verificado está certo.</translation>
    </message>
    <message>
        <source>Wrote the diagnostics bundle %1</source>
        <translation>O arquivo de diagnóstico foi salvo em %1</translation>
    </message>
</context>
<context>
    <name>cli.doctor_checks</name>
    <message>
        <source>Not signed in to OpenCX.</source>
        <translation>Você não entrou no OpenCX.</translation>
    </message>
    <message>
        <source>Sign in with the assistant, or give an owner&apos;s or admin&apos;s API key.</source>
        <translation>Entre com o assistente ou informe a chave de API de um proprietário ou administrador.</translation>
    </message>
    <message>
        <source>OpenCX is reachable; signed in as %1 (%2).</source>
        <translation>O OpenCX está acessível; login efetuado como %1 (%2).</translation>
    </message>
    <message>
        <source>Your OpenCX role is %1; only owners and admins can manage the HubSpot connection.</source>
        <translation>Sua função no OpenCX é %1; só proprietários e administradores podem gerenciar a conexão com a HubSpot.</translation>
    </message>
    <message>
        <source>Ask an owner of the organization to make you an admin.</source>
        <translation>Peça a um proprietário da organização para tornar você administrador.</translation>
    </message>
    <message>
        <source>OpenCX role: %1.</source>
        <translation>Função no OpenCX: %1.</translation>
    </message>
    <message>
        <source>HubSpot is not connected to this OpenCX organization.</source>
        <translation>A HubSpot não está conectada a esta organização do OpenCX.</translation>
    </message>
    <message>
        <source>Run the assistant (or `apply`) to connect HubSpot.</source>
        <translation>Execute o assistente (ou `apply`) para conectar a HubSpot.</translation>
    </message>
    <message>
        <source>Reconnect required: %1</source>
        <translation>É preciso reconectar: %1</translation>
    </message>
    <message>
        <source>%1: in the assistant&apos;s HubSpot connection page, or run `apply` with your OAuth answers file. %2</source>
        <translation>%1: na página Conexão com a HubSpot do assistente, ou execute `apply` com seu arquivo de respostas para OAuth. %2</translation>
    </message>
    <message>
        <source>Connected via %1 to portal %2 (%3).</source>
        <translation>Conectado por %1 à conta %2 (%3).</translation>
    </message>
    <message>
        <source>Connected via %1 to portal %2.</source>
        <translation>Conectado por %1 à conta %2.</translation>
    </message>
    <message>
        <source>Action recommended: this portal still uses a legacy private app. Switching it to “Connect with HubSpot” (the guide&apos;s OAuth Public App) adds workflow actions, renews access by itself, sets up webhooks for you and lets agents take over faster.</source>
        <translation>Ação recomendada: esta conta ainda usa um aplicativo privado legado. Mudar para “Conectar com a HubSpot” (o aplicativo público OAuth do guia) adiciona as ações de fluxo de trabalho, renova o acesso automaticamente, configura os webhooks (os avisos da HubSpot ao OpenCX) para você e permite que os atendentes assumam mais rápido.</translation>
    </message>
    <message>
        <source>%1: in the assistant&apos;s HubSpot connection page, or run `apply` with an OAuth answers file. %2</source>
        <translation>%1: na página Conexão com a HubSpot do assistente, ou execute `apply` com um arquivo de respostas para OAuth. %2</translation>
    </message>
    <message>
        <source>Workflow actions not installed: %1.</source>
        <translation>Ações de fluxo de trabalho não instaladas: %1.</translation>
    </message>
    <message>
        <source>Reconnect through OAuth to install them.</source>
        <translation>Reconecte por OAuth (o aplicativo da HubSpot) para instalá-las.</translation>
    </message>
    <message>
        <source>No teammate is set for the AI to post as, so AI replies cannot be posted.</source>
        <translation>Nenhum membro da equipe foi definido como remetente da IA, então as respostas da IA não podem ser publicadas.</translation>
    </message>
    <message>
        <source>Pick the AI sender in the assistant (Who the AI posts as).</source>
        <translation>Escolha o remetente da IA no assistente (etapa “Remetente da IA”).</translation>
    </message>
    <message>
        <source>The AI posts as %1.</source>
        <translation>A IA responde em nome de %1.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, the channel you test on: OpenCX stores %1 conversations but does not reply to them.</source>
        <translation>O Autopilot está desativado para %1, o canal em que você faz o teste: o OpenCX guarda as conversas de %1, mas não responde a elas.</translation>
    </message>
    <message>
        <source>Turn Autopilot on for %1 (assistant: Autopilot page).</source>
        <translation>Ative o Autopilot para %1 (no assistente: página Autopilot).</translation>
    </message>
    <message>
        <source>Autopilot: %1.</source>
        <translation>Autopilot: %1.</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 ativado</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 desativado</translation>
    </message>
    <message>
        <source>not in canonical form</source>
        <translation>fora da forma canônica</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some email signature rules are not valid: %1.</source>
        <translation>Algumas regras de assinatura de e-mail não são válidas: %1.</translation>
    </message>
    <message>
        <source>Edit or remove them in the assistant (Email signatures).</source>
        <translation>Edite ou remova essas regras no assistente (Assinaturas de e-mail).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message numerus="yes">
        <source>%n email signature rule(s) (%1).</source>
        <translation>
            <numerusform>%n regra de assinatura de e-mail (%1).</numerusform>
            <numerusform>%n regras de assinatura de e-mail (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The private app token is not on this computer, so its scopes were not checked.</source>
        <translation>O token do aplicativo privado não está neste computador, então os escopos dele não foram verificados.</translation>
    </message>
    <message>
        <source>Set %1 to check them.</source>
        <translation>Defina %1 para verificá-los.</translation>
    </message>
    <message>
        <source>The private app token for portal %1 is missing scopes: %2.</source>
        <translation>Faltam escopos no token do aplicativo privado da conta %1: %2.</translation>
    </message>
    <message>
        <source>Add the missing scopes to the legacy app in HubSpot and commit the change.</source>
        <translation>Adicione os escopos que faltam ao aplicativo legado na HubSpot e clique em Confirmar alterações.</translation>
    </message>
    <message>
        <source>The private app token for portal %1 has every required scope.</source>
        <translation>O token do aplicativo privado da conta %1 tem todos os escopos necessários.</translation>
    </message>
    <message>
        <source>The test message checklist has not been run on this computer.</source>
        <translation>A lista de verificação da mensagem de teste ainda não foi executada neste computador.</translation>
    </message>
    <message>
        <source>Run it from the assistant (Send a test message) to prove the connection.</source>
        <translation>Execute-a no assistente (Enviar uma mensagem de teste) para comprovar a conexão.</translation>
    </message>
    <message>
        <source>The last test run (%1) passed.</source>
        <translation>A última execução do teste (%1) passou.</translation>
    </message>
    <message>
        <source>not every check passed</source>
        <translation>nem todas as verificações passaram</translation>
    </message>
    <message>
        <source>The last test run (%1) did not pass: %2.</source>
        <translation>A última execução do teste (%1) não passou: %2.</translation>
    </message>
    <message>
        <source>Run the test again.</source>
        <translation>Execute o teste novamente.</translation>
    </message>
</context>
<context>
    <name>cli.export_answers</name>
    <message>
        <source>Wrote %1</source>
        <translation>Salvo em %1</translation>
    </message>
</context>
<context>
    <name>cli.hubspot_command</name>
    <message>
        <source>standard input or %1</source>
        <translation>entrada padrão ou %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Conta: %1</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Escopos concedidos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Missing scopes: %1</source>
        <translation>Escopos que faltam: %1</translation>
    </message>
    <message>
        <source>Add them on the legacy app&apos;s Scopes tab in HubSpot, commit the change, and check again.</source>
        <translation>Adicione-os na guia Escopos do aplicativo legado na HubSpot, clique em Confirmar alterações e verifique novamente.</translation>
    </message>
    <message>
        <source>Every required scope is granted.</source>
        <translation>Todos os escopos necessários foram concedidos.</translation>
    </message>
    <message>
        <source>First teammates:</source>
        <translation>Primeiros membros da equipe:</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (ID de usuário %2)</translation>
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
        <translation>feito</translation>
    </message>
    <message>
        <source>already set</source>
        <translation>já configurado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pulado</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
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
        <translation>observação: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>O que aconteceu: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
</context>
<context>
    <name>cli.sandbox_command</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Não foi possível iniciar o sandbox: %1</translation>
    </message>
    <message>
        <source>Sandbox scenario %1 serving at %2</source>
        <translation>Cenário do sandbox %1 rodando em %2</translation>
    </message>
    <message>
        <source>OpenCX URL:</source>
        <translation>URL do OpenCX:</translation>
    </message>
    <message>
        <source>HubSpot API URL:</source>
        <translation>URL da API da HubSpot:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Practice customer:</source>
        <translation>Cliente de prática:</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pressione Ctrl+C para parar.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox parado.</translation>
    </message>
</context>
<context>
    <name>flow.answers</name>
    <message>
        <source>HubSpot account with Service Hub Starter or above</source>
        <translation>Conta da HubSpot com Service Hub Starter ou superior</translation>
    </message>
    <message>
        <source>The integration uses HubSpot&apos;s conversations and ticketing tools.</source>
        <translation>A integração usa as ferramentas de conversas e de tickets da HubSpot.</translation>
    </message>
    <message>
        <source>You may connect apps to the HubSpot portal</source>
        <translation>Você pode conectar aplicativos à conta da HubSpot</translation>
    </message>
    <message>
        <source>In HubSpot that means a super admin, or a user with the App Marketplace Access permission, in the portal OpenCX will use.</source>
        <translation>Na HubSpot, isso significa ser superadministrador ou ter a permissão Acesso ao marketplace de aplicativos, na conta que o OpenCX vai usar.</translation>
    </message>
    <message>
        <source>You are an owner or admin in OpenCX</source>
        <translation>Você é proprietário ou administrador no OpenCX</translation>
    </message>
    <message>
        <source>Only organization owners and admins can save integration settings.</source>
        <translation>Só proprietários e administradores da organização podem salvar as configurações da integração.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>proprietário</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membro</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>Proprietário %1</translation>
    </message>
</context>
<context>
    <name>flow.answers_file</name>
    <message>
        <source>name exactly one place for the secret: env = &quot;VARIABLE&quot;, keyring = &quot;entry name&quot;, or stdin = true</source>
        <translation>indique um único lugar para o segredo: env = &quot;VARIABLE&quot;, keyring = &quot;entry name&quot; ou stdin = true</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>variável de ambiente %1</translation>
    </message>
    <message>
        <source>the keyring entry &quot;%1&quot;</source>
        <translation>entrada &quot;%1&quot; do cofre de senhas</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada padrão</translation>
    </message>
    <message>
        <source>sign_in = &quot;api_key&quot; needs api_key = { env = &quot;OPENCX_API_KEY&quot; } (or a keyring entry, or stdin = true)</source>
        <translation>sign_in = &quot;api_key&quot; precisa de api_key = { env = &quot;OPENCX_API_KEY&quot; } (ou de uma entrada do cofre de senhas, ou de stdin = true)</translation>
    </message>
    <message>
        <source>give the sender&apos;s email or owner_id (one of them)</source>
        <translation>informe o e-mail ou o owner_id do remetente (um dos dois)</translation>
    </message>
    <message>
        <source>a channel cannot be turned both on and off: %1</source>
        <translation>um canal não pode ser ativado e desativado ao mesmo tempo: %1</translation>
    </message>
    <message>
        <source>give html or html_file (one of them)</source>
        <translation>informe html ou html_file (um dos dois)</translation>
    </message>
    <message>
        <source>the file contains a secret (a private app token, an OpenCX API key or a sign-in token). Secrets never go in the answers file: name where to find them instead, for example { env = &quot;HUBSPOT_PRIVATE_APP_TOKEN&quot; }</source>
        <translation>o arquivo contém um segredo (um token de aplicativo privado, uma chave de API do OpenCX ou um token de login). Segredos nunca vão no arquivo de respostas: indique onde encontrá-los, por exemplo { env = &quot;HUBSPOT_PRIVATE_APP_TOKEN&quot; }</translation>
    </message>
    <message>
        <source>method = &quot;legacy&quot; needs a [legacy] section with private_app_token and default_user</source>
        <translation>method = &quot;legacy&quot; precisa de uma seção [legacy] com private_app_token e default_user</translation>
    </message>
    <message>
        <source>[sender] and [[signatures]] exist only for the OAuth method; the legacy path uses [legacy] default_user</source>
        <translation>[sender] e [[signatures]] só existem para o método OAuth; o caminho legado usa [legacy] default_user</translation>
    </message>
    <message>
        <source>[legacy] is only for method = &quot;legacy&quot;</source>
        <translation>[legacy] é só para method = &quot;legacy&quot;</translation>
    </message>
    <message>
        <source>only one secret can come from standard input</source>
        <translation>só um segredo pode vir da entrada padrão</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the same domain as %2 (&quot;%3&quot;); keep one rule per domain</source>
        <translation>“%1” é o mesmo domínio que %2 (“%3”); mantenha uma regra por domínio</translation>
    </message>
    <message>
        <source>This is not valid TOML: %1.</source>
        <translation>Isto não é um TOML válido: %1.</translation>
    </message>
    <message>
        <source>is not a known setting (check the spelling)</source>
        <translation>não é uma configuração conhecida (confira a grafia)</translation>
    </message>
</context>
<context>
    <name>flow.api_keys</name>
    <message>
        <source>Paste an OpenCX API key, or sign in with the browser.</source>
        <translation>Cole uma chave de API do OpenCX ou entre pelo navegador.</translation>
    </message>
    <message>
        <source>That is much longer than an OpenCX API key; copy only the key.</source>
        <translation>Isso é muito mais longo que uma chave de API do OpenCX; copie só a chave.</translation>
    </message>
    <message>
        <source>The API key has spaces, line breaks or invisible characters in the middle, so it was not copied in one piece.</source>
        <translation>A chave de API tem espaços, quebras de linha ou caracteres invisíveis no meio, então não foi copiada inteira.</translation>
    </message>
    <message>
        <source>The API key has characters no OpenCX key has (letters like é, or curly quotes), so it was not copied exactly.</source>
        <translation>A chave de API tem caracteres que nenhuma chave do OpenCX tem (letras como é, ou aspas curvas), então não foi copiada exatamente.</translation>
    </message>
    <message>
        <source>Copy the key again from OpenCX (Settings → Access), or create a new key there.</source>
        <translation>Copie a chave novamente no OpenCX (“Settings → Access”) ou crie uma chave nova lá.</translation>
    </message>
</context>
<context>
    <name>flow.changes</name>
    <message>
        <source>You signed in to %1, not %2, so the steps after sign-in start over.</source>
        <translation>Você entrou em %1, não em %2, então as etapas depois do login recomeçam.</translation>
    </message>
    <message>
        <source>Your OpenCX role is %1.</source>
        <translation>Sua função no OpenCX é %1.</translation>
    </message>
    <message>
        <source>Portal %1 is connected through “Connect with HubSpot”. Switching to an existing legacy app disconnects it first; the steps after this one start over.</source>
        <translation>A conta %1 está conectada por “Conectar com a HubSpot”. Ao mudar para um aplicativo legado existente, ela é desconectada primeiro; as etapas seguintes recomeçam.</translation>
    </message>
    <message>
        <source>Not confirmed, and HubSpot does not tell apps which subscription a portal has; the portal report shows what could be seen.</source>
        <translation>Não confirmado, e a HubSpot não informa aos aplicativos qual assinatura uma conta tem; o relatório da conta mostra o que foi possível ver.</translation>
    </message>
    <message>
        <source>Invalid pattern.</source>
        <translation>Padrão inválido.</translation>
    </message>
    <message>
        <source>Invalid signature.</source>
        <translation>Assinatura inválida.</translation>
    </message>
</context>
<context>
    <name>flow.checklist</name>
    <message>
        <source>The test stopped at “%1”: OpenCX never made a session of that message. Send another test message as the cause under it says, then press Watch for another message.</source>
        <translation>O teste parou em “%1”: o OpenCX nunca criou uma sessão para essa mensagem. Envie outra mensagem de teste como a causa abaixo indica e clique em Aguardar outra mensagem.</translation>
    </message>
    <message>
        <source>The test stopped at “%1”. The cause and fix are under it; fix it, then start the test again.</source>
        <translation>O teste parou em “%1”. A causa e a solução estão abaixo; corrija e inicie o teste novamente.</translation>
    </message>
    <message>
        <source>All checks passed: HubSpot and OpenCX work together.</source>
        <translation>Todas as verificações passaram: a HubSpot e o OpenCX funcionam juntos.</translation>
    </message>
    <message>
        <source>The test finished: HubSpot and OpenCX work together. Not every item happened, as your settings ask; the reason is under each one marked –.</source>
        <translation>O teste terminou: a HubSpot e o OpenCX funcionam juntos. Nem todos os itens aconteceram, conforme suas configurações pedem; o motivo está abaixo de cada item marcado com –.</translation>
    </message>
    <message>
        <source>the teammate the AI posts as</source>
        <translation>o remetente da IA</translation>
    </message>
    <message>
        <source>a teammate</source>
        <translation>um membro da equipe</translation>
    </message>
    <message>
        <source>Your HubSpot inbox “%1” assigns new conversations to %2. The AI stays silent on conversations someone else owns, so your test message would get no AI reply. In HubSpot, change this inbox&apos;s routing so new conversations go to %3 (or to nobody) before you start.</source>
        <translation>Sua caixa de entrada “%1” da HubSpot atribui as novas conversas a %2. A IA não responde em conversas que pertencem a outra pessoa, então sua mensagem de teste não receberia resposta da IA. Antes de começar, altere na HubSpot o roteamento dessa caixa de entrada para que as novas conversas vão para %3 (ou para ninguém).</translation>
    </message>
    <message>
        <source>The test message has not been sent yet, or it is still on its way. Send it from an address outside your company, then wait a minute.</source>
        <translation>A mensagem de teste ainda não foi enviada ou ainda está a caminho. Envie-a de um endereço de fora da sua empresa e aguarde um minuto.</translation>
    </message>
    <message>
        <source>The message went to an address or widget that HubSpot does not route into an inbox. Send it to an email address connected to a HubSpot inbox, or use the HubSpot chat widget on your site.</source>
        <translation>A mensagem foi para um endereço ou widget que a HubSpot não encaminha para uma caixa de entrada. Envie-a para um endereço de e-mail conectado a uma caixa de entrada da HubSpot ou use o widget de chat da HubSpot no seu site.</translation>
    </message>
    <message>
        <source>Mail sent to OpenCX&apos;s own forwarding address (%1) never reaches HubSpot: it is not a HubSpot channel. Use your HubSpot inbox&apos;s address.</source>
        <translation>E-mails enviados para o endereço de encaminhamento do próprio OpenCX (%1) nunca chegam à HubSpot: ele não é um canal da HubSpot. Use o endereço da sua caixa de entrada da HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot is not telling OpenCX about new messages. In your legacy app&apos;s Webhooks tab, check the target URL and the three subscriptions (two under Conversation, one under Ticket), then commit the changes.</source>
        <translation>A HubSpot não está avisando o OpenCX sobre novas mensagens. Na guia Webhooks do seu aplicativo legado, confira a URL de destino e as três assinaturas (duas em Conversa, uma em Ticket) e clique em Confirmar alterações.</translation>
    </message>
    <message>
        <source>The conversation did not come from a HubSpot-owned channel (a HubSpot chat widget or an email address routed through a HubSpot inbox). Send the test message there.</source>
        <translation>A conversa não veio de um canal da HubSpot (um widget de chat da HubSpot ou um endereço de e-mail encaminhado por uma caixa de entrada da HubSpot). Envie a mensagem de teste por um deles.</translation>
    </message>
    <message>
        <source>The message came from a teammate, from the inbox&apos;s own address, or was an internal note: OpenCX ignores those. Send it from an outside address, as a customer would.</source>
        <translation>A mensagem veio de um membro da equipe, do próprio endereço da caixa de entrada, ou era uma nota interna: o OpenCX ignora essas mensagens. Envie-a de um endereço externo, como um cliente faria.</translation>
    </message>
    <message>
        <source>OpenCX takes each message from HubSpot once and does not ask again, so a lost message stays lost. Send another test message.</source>
        <translation>O OpenCX recebe cada mensagem da HubSpot uma única vez e não pede de novo, então uma mensagem perdida continua perdida. Envie outra mensagem de teste.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, so the AI drafts nothing. Turn it on in the Autopilot step.</source>
        <translation>O Autopilot está desativado para %1, então a IA não escreve nada. Ative-o na etapa Autopilot.</translation>
    </message>
    <message>
        <source>No teammate is set for the AI to post as. Choose one in the “AI posts as” step.</source>
        <translation>Nenhum membro da equipe foi definido como remetente da IA. Escolha um na etapa “Remetente da IA”.</translation>
    </message>
    <message>
        <source>No default user is set for replies. Set it in the “Save the private app token” step.</source>
        <translation>Nenhum usuário padrão está definido para as respostas. Defina-o na etapa “Salvar o token do aplicativo privado”.</translation>
    </message>
    <message>
        <source>The AI is still working on the reply, or could not answer. Open the session in OpenCX to see what it did.</source>
        <translation>A IA ainda está trabalhando na resposta ou não conseguiu responder. Abra a sessão no OpenCX para ver o que ela fez.</translation>
    </message>
    <message>
        <source>OpenCX could not create the HubSpot ticket yet. Check that the connection still has its permissions for tickets (reconnect if HubSpot asks).</source>
        <translation>O OpenCX ainda não conseguiu criar o ticket na HubSpot. Confira se a conexão ainda tem as permissões para tickets (reconecte se a HubSpot pedir).</translation>
    </message>
    <message>
        <source>No handoff was asked for yet. Reply to the conversation asking for a human, or press “Request handoff”.</source>
        <translation>Ninguém pediu uma transferência ainda. Responda à conversa pedindo uma pessoa ou clique em “Pedir transferência”.</translation>
    </message>
    <message>
        <source>OpenCX could not write the handoff note into the HubSpot thread. Check that the connection still has its permissions (reconnect if HubSpot asks).</source>
        <translation>O OpenCX não conseguiu escrever a nota de transferência na conversa da HubSpot. Confira se a conexão ainda tem as permissões necessárias (reconecte se a HubSpot pedir).</translation>
    </message>
</context>
<context>
    <name>flow.checklist_causes</name>
    <message>
        <source>the sender</source>
        <translation>esse remetente</translation>
    </message>
    <message>
        <source>The message came from %1, a teammate in your HubSpot portal.</source>
        <translation>A mensagem foi enviada por %1, um membro da equipe da sua conta da HubSpot.</translation>
    </message>
    <message>
        <source>The message came from the inbox&apos;s own address, %1.</source>
        <translation>A mensagem foi enviada pelo próprio endereço da caixa de entrada (%1).</translation>
    </message>
    <message>
        <source>The message is an internal note, which customers never see.</source>
        <translation>A mensagem é uma nota interna, que os clientes nunca veem.</translation>
    </message>
    <message>
        <source>The message was sent from HubSpot to the customer, not by the customer.</source>
        <translation>A mensagem foi enviada pela HubSpot para o cliente, e não pelo cliente.</translation>
    </message>
    <message>
        <source>OpenCX did not take the message from %1.</source>
        <translation>O OpenCX não aceitou a mensagem enviada por %1.</translation>
    </message>
    <message>
        <source>OpenCX ignores messages from teammates and from the inbox&apos;s own address, internal notes and outgoing messages, so it made no session.</source>
        <translation>O OpenCX ignora mensagens de membros da equipe e do próprio endereço da caixa de entrada, notas internas e mensagens de saída, então não criou nenhuma sessão.</translation>
    </message>
    <message>
        <source>Send the test from an address outside your company (a personal email address, for example) or from the chat widget on your site, as a customer would.</source>
        <translation>Envie o teste de um endereço de fora da sua empresa (um e-mail pessoal, por exemplo) ou pelo widget de chat do seu site, como um cliente faria.</translation>
    </message>
    <message>
        <source>this channel</source>
        <translation>este canal</translation>
    </message>
    <message>
        <source>the teammate the AI posts as</source>
        <translation>o remetente da IA</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, so OpenCX stored the conversation but the AI did not reply. Turn Autopilot on for %1 (in the Autopilot step, or in OpenCX under Settings → Autopilot), then send another test message.</source>
        <translation>O Autopilot está desativado para %1, então o OpenCX guardou a conversa, mas a IA não respondeu. Ative o Autopilot para %1 (na etapa Autopilot ou no OpenCX em “Settings → Autopilot”) e envie outra mensagem de teste.</translation>
    </message>
    <message>
        <source>Assist Mode is on for %1: the AI wrote its answer as a draft, an internal comment only your team sees, not as a reply to the customer. To let the AI answer customers itself, turn Assist Mode off for %1 in OpenCX&apos;s Autopilot settings, then send another test message.</source>
        <translation>O Assist Mode está ativado para %1: a IA escreveu a resposta como rascunho, um comentário interno que só a sua equipe vê, e não como resposta ao cliente. Para a IA responder aos clientes sozinha, desative o Assist Mode para %1 nas configurações de Autopilot do OpenCX e envie outra mensagem de teste.</translation>
    </message>
    <message>
        <source>another teammate</source>
        <translation>outro membro da equipe</translation>
    </message>
    <message>
        <source>The conversation was assigned to %1, not to %2: the AI stays silent on conversations someone else owns. In HubSpot, change the inbox&apos;s routing so new conversations go to %2 (or to nobody), or unassign this conversation, then send another test message.</source>
        <translation>A conversa foi atribuída a %1, não a %2: a IA não responde em conversas que pertencem a outra pessoa. Na HubSpot, altere o roteamento da caixa de entrada para que as novas conversas vão para %2 (ou para ninguém), ou remova a atribuição desta conversa, e envie outra mensagem de teste.</translation>
    </message>
    <message>
        <source>The message matched one of your Autopilot handoff topics, so OpenCX handed it to your team without an AI reply. That is what your settings ask for, not a fault. To see an AI reply too, start again and write about something else.</source>
        <translation>A mensagem correspondeu a um dos seus tópicos de transferência do Autopilot, então o OpenCX a passou para a sua equipe sem resposta da IA. É isso que suas configurações pedem, não um erro. Para ver também uma resposta da IA, comece de novo e escreva sobre outro assunto.</translation>
    </message>
    <message>
        <source>The message matched the Autopilot handoff topic “%1”, so OpenCX handed it to your team without an AI reply. That is what your settings ask for, not a fault. To see an AI reply too, start again and write about something else.</source>
        <translation>A mensagem correspondeu ao tópico de transferência do Autopilot “%1”, então o OpenCX a passou para a sua equipe sem resposta da IA. É isso que suas configurações pedem, não um erro. Para ver também uma resposta da IA, comece de novo e escreva sobre outro assunto.</translation>
    </message>
    <message>
        <source>OpenCX wrote a reply but HubSpot refused to post it in the conversation. Check that %1 still has a HubSpot seat with access to this inbox, then start the test again.</source>
        <translation>O OpenCX escreveu uma resposta, mas a HubSpot se recusou a publicá-la na conversa. Confira se %1 ainda tem uma licença da HubSpot com acesso a esta caixa de entrada e inicie o teste novamente.</translation>
    </message>
    <message>
        <source>The conversation is in HubSpot, but OpenCX never received the message. HubSpot tells OpenCX about each message once and does not try again if that notice is lost, even though HubSpot&apos;s own log shows it as delivered. Waiting will not help: send another test message.</source>
        <translation>A conversa está na HubSpot, mas o OpenCX nunca recebeu a mensagem. A HubSpot avisa o OpenCX sobre cada mensagem uma única vez e não tenta de novo se esse aviso se perder, mesmo que o registro da própria HubSpot o mostre como entregue. Esperar não vai adiantar: envie outra mensagem de teste.</translation>
    </message>
    <message>
        <source>HubSpot is not telling OpenCX about new messages. In your legacy app&apos;s Webhooks tab in HubSpot, check that the target URL is OpenCX&apos;s and that the three subscriptions are there (Conversation → New message, Conversation → Creation, Ticket → Property change), then click Commit changes.</source>
        <translation>A HubSpot não está avisando o OpenCX sobre novas mensagens. Na guia Webhooks do seu aplicativo legado na HubSpot, confira se a URL de destino é a do OpenCX e se as três assinaturas estão lá (Conversa → Nova mensagem, Conversa → Criação, Ticket → Alteração de propriedade) e clique em Confirmar alterações.</translation>
    </message>
    <message>
        <source>Ticket creation is off for your OpenCX organization, so a handoff creates no HubSpot ticket. That is fine if you meant it; if your team works from tickets, turn ticket creation on for your organization in OpenCX.</source>
        <translation>A criação de tickets está desativada na sua organização do OpenCX, então uma transferência não cria nenhum ticket na HubSpot. Tudo bem se foi de propósito; se a sua equipe trabalha com tickets, ative a criação de tickets para a sua organização no OpenCX.</translation>
    </message>
    <message>
        <source>OpenCX handed the conversation over but could not create the HubSpot ticket: the contact has no email address, and HubSpot links a ticket to its contact by email. Have your chat widget ask for an email address before the chat starts, or test by email.</source>
        <translation>O OpenCX passou a conversa adiante, mas não conseguiu criar o ticket na HubSpot: o contato não tem endereço de e-mail, e a HubSpot liga um ticket ao contato pelo e-mail. Configure seu widget de chat para pedir um endereço de e-mail antes de o chat começar, ou faça o teste por e-mail.</translation>
    </message>
    <message>
        <source>Not checked, because an earlier step did not happen.</source>
        <translation>Não verificado, porque uma etapa anterior não aconteceu.</translation>
    </message>
    <message>
        <source>This did not happen before the assistant stopped waiting.</source>
        <translation>Isso não aconteceu antes de o assistente parar de esperar.</translation>
    </message>
    <message>
        <source>OpenCX did not say why. Open the session in OpenCX to see what happened.</source>
        <translation>O OpenCX não informou o motivo. Abra a sessão no OpenCX para ver o que aconteceu.</translation>
    </message>
</context>
<context>
    <name>flow.checklist_view</name>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>did not happen</source>
        <translation>não aconteceu</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>taking longer than expected</source>
        <translation>demorando mais que o esperado</translation>
    </message>
    <message>
        <source>did not happen, as set up</source>
        <translation>não aconteceu, conforme configurado</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>late</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>as set up</source>
        <translation>conforme configurado</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sessão</translation>
    </message>
    <message>
        <source>Open in HubSpot</source>
        <translation>Abrir na HubSpot</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Abrir ticket</translation>
    </message>
    <message>
        <source>This is taking longer than expected. Likely causes:</source>
        <translation>Isso está demorando mais que o esperado. Causas prováveis:</translation>
    </message>
    <message>
        <source>You skipped the test. You can run it any time from the HubSpot connection page of this assistant.</source>
        <translation>Você pulou o teste, mas pode fazê-lo a qualquer momento na página Conexão com a HubSpot deste assistente.</translation>
    </message>
    <message>
        <source>Starting the test…</source>
        <translation>Iniciando o teste…</translation>
    </message>
    <message>
        <source>Press Start the test, then send your message to one of the places above.</source>
        <translation>Clique em Iniciar o teste e envie sua mensagem para um dos lugares acima.</translation>
    </message>
    <message>
        <source>The test was stopped before it finished. Start it again.</source>
        <translation>O teste foi interrompido antes de terminar. Inicie-o novamente.</translation>
    </message>
    <message>
        <source>The AI replied. Press Request handoff to check that a person can take over.</source>
        <translation>A IA respondeu. Clique em Pedir transferência para verificar se uma pessoa consegue assumir.</translation>
    </message>
    <message>
        <source>The message arrived. Waiting for OpenCX and the AI…</source>
        <translation>A mensagem chegou. Aguardando o OpenCX e a IA…</translation>
    </message>
    <message>
        <source>Waiting for the message. Send it now, or press Send a test message as a customer to let the practice customer send it.</source>
        <translation>Aguardando a mensagem. Envie-a agora ou clique em Enviar uma mensagem de teste como cliente para que o cliente de prática a envie.</translation>
    </message>
    <message>
        <source>Waiting for the message. Send it now to one of the places above.</source>
        <translation>Aguardando a mensagem. Envie-a agora para um dos lugares acima.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
</context>
<context>
    <name>flow.consent_refusals</name>
    <message>
        <source>Did HubSpot show one of these messages?</source>
        <translation>A HubSpot mostrou uma destas mensagens?</translation>
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
        <translation>Seu usuário da HubSpot talvez não possa usar tudo o que o OpenCX pede.</translation>
    </message>
    <message>
        <source>Ask a HubSpot super admin to connect OpenCX, or to give you access to tickets and conversations.</source>
        <translation>Peça a um superadministrador da HubSpot para conectar o OpenCX ou para dar a você acesso a tickets e conversas.</translation>
    </message>
    <message>
        <source>This account doesn&apos;t have access to some HubSpot features that are required by this app</source>
        <translation>This account doesn&apos;t have access to some HubSpot features that are required by this app</translation>
    </message>
    <message>
        <source>This HubSpot account has no Service Hub Starter or above.</source>
        <translation>Esta conta da HubSpot não tem o Service Hub Starter ou superior.</translation>
    </message>
    <message>
        <source>Choose the account that has it, or add Service Hub in HubSpot (Account &amp; Billing).</source>
        <translation>Escolha a conta que tem esse plano ou adicione o Service Hub na HubSpot (Conta e faturamento).</translation>
    </message>
    <message>
        <source>A message that you may not install apps</source>
        <translation>Uma mensagem dizendo que você não pode instalar aplicativos</translation>
    </message>
    <message>
        <source>Only HubSpot super admins, and users with App Marketplace Access, may install apps.</source>
        <translation>Só superadministradores da HubSpot e usuários com Acesso ao marketplace de aplicativos podem instalar aplicativos.</translation>
    </message>
    <message>
        <source>Ask a super admin to connect OpenCX, or to give you that permission (Settings → Users &amp; Teams).</source>
        <translation>Peça a um superadministrador para conectar o OpenCX ou para dar essa permissão a você (Configurações → Usuários e equipes).</translation>
    </message>
</context>
<context>
    <name>flow.controller</name>
    <message>
        <source>Also remove the webhook subscriptions from your HubSpot legacy app: Settings → Integrations → Private Apps → Legacy Apps → your app → Webhooks.</source>
        <translation>Remova também as assinaturas de webhook do seu aplicativo legado na HubSpot: Configurações → Integrações → Aplicativos privados → Aplicativos legados → seu aplicativo → Webhooks.</translation>
    </message>
    <message>
        <source>Not a private app token.</source>
        <translation>Não é um token de aplicativo privado.</translation>
    </message>
    <message>
        <source>Not a HubSpot user ID.</source>
        <translation>Não é um ID de usuário da HubSpot.</translation>
    </message>
    <message>
        <source>%1 is not a HubSpot user (a queue or a deactivated owner). Pick a person.</source>
        <translation>%1 não é um usuário da HubSpot (é uma fila ou um proprietário desativado). Escolha uma pessoa.</translation>
    </message>
    <message>
        <source>Pick the default user first.</source>
        <translation>Escolha primeiro o usuário padrão.</translation>
    </message>
    <message>
        <source>The private app token is no longer in this computer&apos;s keychain. Paste it again.</source>
        <translation>O token do aplicativo privado não está mais no cofre de senhas deste computador. Cole-o novamente.</translation>
    </message>
    <message>
        <source>Start the test first.</source>
        <translation>Inicie o teste primeiro.</translation>
    </message>
    <message>
        <source>Type %1 in capitals to confirm.</source>
        <translation>Digite %1 em maiúsculas para confirmar.</translation>
    </message>
    <message>
        <source>HubSpot is disconnected. Existing OpenCX sessions remain available.</source>
        <translation>A HubSpot foi desconectada. As sessões que já existem no OpenCX continuam disponíveis.</translation>
    </message>
</context>
<context>
    <name>flow.disconnect_effects</name>
    <message>
        <source>Disconnect HubSpot from OpenCX?</source>
        <translation>Desconectar a HubSpot do OpenCX?</translation>
    </message>
    <message>
        <source>HubSpot is disconnected</source>
        <translation>A HubSpot foi desconectada</translation>
    </message>
    <message>
        <source>Afterwards, in HubSpot</source>
        <translation>Depois, na HubSpot</translation>
    </message>
    <message>
        <source>One more step in HubSpot</source>
        <translation>Mais uma etapa na HubSpot</translation>
    </message>
    <message>
        <source>OpenCX stops reading and answering the conversations of %1: customers who write there get no AI reply.</source>
        <translation>O OpenCX deixa de ler e responder às conversas de %1: os clientes que escreverem lá não recebem resposta da IA.</translation>
    </message>
    <message>
        <source>Existing OpenCX sessions stay available in OpenCX.</source>
        <translation>As sessões que já existem no OpenCX continuam disponíveis no OpenCX.</translation>
    </message>
    <message>
        <source>Nothing is deleted in HubSpot: its conversations, tickets and contacts stay as they are.</source>
        <translation>Nada é excluído na HubSpot: conversas, tickets e contatos continuam como estão.</translation>
    </message>
    <message>
        <source>This computer forgets the legacy app&apos;s token.</source>
        <translation>Este computador esquece o token do aplicativo legado.</translation>
    </message>
    <message>
        <source>You can connect again later with this assistant.</source>
        <translation>Você pode conectar novamente mais tarde com este assistente.</translation>
    </message>
    <message>
        <source>OpenCX no longer reads or answers the conversations of %1.</source>
        <translation>O OpenCX não lê nem responde mais às conversas de %1.</translation>
    </message>
    <message>
        <source>Existing OpenCX sessions remain available.</source>
        <translation>As sessões que já existem no OpenCX continuam disponíveis.</translation>
    </message>
    <message>
        <source>The legacy app&apos;s token was removed from this computer.</source>
        <translation>O token do aplicativo legado foi removido deste computador.</translation>
    </message>
</context>
<context>
    <name>flow.domains</name>
    <message>
        <source>Enter a domain pattern.</source>
        <translation>Digite um padrão de domínio.</translation>
    </message>
    <message>
        <source>Leave out http:// or https://.</source>
        <translation>Não inclua http:// nem https://.</translation>
    </message>
    <message>
        <source>Enter only the part after the @, for example open.cx for anna@open.cx.</source>
        <translation>Digite só a parte depois do @, por exemplo open.cx para anna@open.cx.</translation>
    </message>
    <message>
        <source>Leave out any path after the domain.</source>
        <translation>Não inclua nenhum caminho depois do domínio.</translation>
    </message>
    <message>
        <source>Leave out the port number.</source>
        <translation>Não inclua o número da porta.</translation>
    </message>
    <message>
        <source>A domain pattern has no spaces.</source>
        <translation>Um padrão de domínio não tem espaços.</translation>
    </message>
    <message>
        <source>A lone * would match every address. Name an ending, like *.nl.</source>
        <translation>Um * sozinho corresponderia a qualquer endereço. Indique uma terminação, como *.nl.</translation>
    </message>
    <message>
        <source>The * can only stand at the very start, followed by a dot, like *.co.uk.</source>
        <translation>O * só pode ficar bem no início, seguido de um ponto, como *.co.uk.</translation>
    </message>
    <message>
        <source>Did you mean *%1?</source>
        <translation>Você quis dizer *%1?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>“%1” não é um domínio válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only an ending. Write *.%1 for every address ending in .%1, or a full domain like example.%1.</source>
        <translation>“%1” é só uma terminação. Escreva *.%1 para todos os endereços que terminam em .%1 ou um domínio completo, como example.%1.</translation>
    </message>
    <message>
        <source>Use a domain like open.cx, or *.nl for every address ending in .nl.</source>
        <translation>Use um domínio como open.cx, ou *.nl para todos os endereços que terminam em .nl.</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Criação</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Property change</source>
        <translation>Alteração de propriedade</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrações</translation>
    </message>
    <message>
        <source>Private Apps</source>
        <translation>Aplicativos privados</translation>
    </message>
    <message>
        <source>Legacy Apps</source>
        <translation>Aplicativos legados</translation>
    </message>
    <message>
        <source>Open your legacy app in HubSpot</source>
        <translation>Abra seu aplicativo legado na HubSpot</translation>
    </message>
    <message>
        <source>Check the app has these eight scopes</source>
        <translation>Confira se o aplicativo tem estes oito escopos</translation>
    </message>
    <message>
        <source>Check the app sends its webhooks to this URL</source>
        <translation>Confira se o aplicativo envia os webhooks para esta URL</translation>
    </message>
    <message>
        <source>Check the app has these three subscriptions</source>
        <translation>Confira se o aplicativo tem estas três assinaturas</translation>
    </message>
    <message>
        <source>Click Commit changes in HubSpot if you changed anything</source>
        <translation>Clique em Confirmar alterações na HubSpot se você alterou algo</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversas</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contatos</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>empresas</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>negócios</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>proprietários</translation>
    </message>
    <message>
        <source>files</source>
        <translation>arquivos</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>listas</translation>
    </message>
    <message>
        <source>HubSpot workflow actions</source>
        <translation>ações de fluxo de trabalho da HubSpot</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Approve OpenCX on HubSpot&apos;s consent screen</source>
        <translation>Aprovar o OpenCX na tela de consentimento da HubSpot</translation>
    </message>
    <message>
        <source>Use the legacy private app your portal already has and paste its token</source>
        <translation>Usar o aplicativo privado legado que sua conta já tem e colar o token dele</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens (chaves de acesso)</translation>
    </message>
    <message>
        <source>Issued and refreshed automatically</source>
        <translation>Emitidos e renovados automaticamente</translation>
    </message>
    <message>
        <source>One token you copy from the app; rotate it by hand</source>
        <translation>Um token que você copia do aplicativo; troque-o manualmente</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks (avisos de eventos)</translation>
    </message>
    <message>
        <source>Registered by OpenCX during install</source>
        <translation>Registrados pelo OpenCX durante a instalação</translation>
    </message>
    <message>
        <source>You check the webhook URL and three subscriptions on the app yourself</source>
        <translation>Você mesmo confere no aplicativo a URL do webhook e as três assinaturas</translation>
    </message>
    <message>
        <source>AI sender</source>
        <translation>Remetente da IA</translation>
    </message>
    <message>
        <source>Picked from a HubSpot teammate dropdown after connect</source>
        <translation>Escolhido em uma lista de membros da equipe da HubSpot depois de conectar</translation>
    </message>
    <message>
        <source>A default HubSpot user, picked from your teammates</source>
        <translation>Um usuário padrão da HubSpot, escolhido entre os membros da sua equipe</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Ações de fluxo de trabalho</translation>
    </message>
    <message>
        <source>Adds OpenCX actions to HubSpot workflows</source>
        <translation>Adiciona ações do OpenCX aos fluxos de trabalho da HubSpot</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Não disponível</translation>
    </message>
    <message>
        <source>Since 26 October 2026 HubSpot no longer lets anyone create a legacy app; apps that already exist keep working. HubSpot&apos;s newer Service Keys cannot stand in for one, because they cannot send OpenCX your new conversations. No legacy app in your portal? Choose Connect with HubSpot.</source>
        <translation>Desde 26 de outubro de 2026, a HubSpot não permite mais que ninguém crie um aplicativo legado; os aplicativos que já existem continuam funcionando. As novas chaves de serviço da HubSpot (Service Keys) não podem substituí-lo, porque não conseguem enviar ao OpenCX suas novas conversas. Sua conta não tem um aplicativo legado? Escolha Conectar com a HubSpot.</translation>
    </message>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Conectar com a HubSpot</translation>
    </message>
    <message>
        <source>Recommended · about two minutes</source>
        <translation>Recomendado · cerca de dois minutos</translation>
    </message>
    <message>
        <source>Approve OpenCX in HubSpot in your browser. OpenCX sets up the rest and keeps the connection working, and adds its actions to HubSpot workflows.</source>
        <translation>Aprove o OpenCX na HubSpot pelo seu navegador. O OpenCX configura o resto, mantém a conexão funcionando e adiciona as ações dele aos fluxos de trabalho da HubSpot.</translation>
    </message>
    <message>
        <source>Use an existing legacy app</source>
        <translation>Usar um aplicativo legado existente</translation>
    </message>
    <message>
        <source>Older setups</source>
        <translation>Configurações antigas</translation>
    </message>
    <message>
        <source>Only for a HubSpot portal that already has a legacy app for OpenCX: HubSpot no longer lets anyone create new ones.</source>
        <translation>Só para uma conta da HubSpot que já tem um aplicativo legado para o OpenCX: a HubSpot não permite mais criar novos.</translation>
    </message>
    <message>
        <source>A HubSpot workflow claims the conversation for a human.</source>
        <translation>Um fluxo de trabalho da HubSpot passa a conversa para uma pessoa.</translation>
    </message>
    <message>
        <source>A workflow returns a handed-off conversation to the AI.</source>
        <translation>Um fluxo de trabalho devolve à IA uma conversa que tinha sido transferida.</translation>
    </message>
    <message>
        <source>A workflow decides the latest customer message should be processed by the AI.</source>
        <translation>Um fluxo de trabalho decide que a última mensagem do cliente deve ser processada pela IA.</translation>
    </message>
    <message>
        <source>HubSpot should ask OpenCX to hand the session to a human.</source>
        <translation>A HubSpot deve pedir ao OpenCX que passe a sessão para uma pessoa.</translation>
    </message>
    <message>
        <source>The conversation appears in HubSpot</source>
        <translation>A conversa aparece na HubSpot</translation>
    </message>
    <message>
        <source>A matching session appears in the OpenCX inbox</source>
        <translation>Uma sessão correspondente aparece na caixa de entrada do OpenCX</translation>
    </message>
    <message>
        <source>The AI reply posts back to the same HubSpot thread</source>
        <translation>A resposta da IA é publicada na mesma conversa da HubSpot</translation>
    </message>
    <message>
        <source>A handoff is triggered</source>
        <translation>Uma transferência é acionada</translation>
    </message>
    <message>
        <source>The handoff note appears in HubSpot with a link to the OpenCX session</source>
        <translation>A nota de transferência aparece na HubSpot com um link para a sessão do OpenCX</translation>
    </message>
    <message>
        <source>A HubSpot ticket tagged opencx_handedoff is created for your team</source>
        <translation>Um ticket da HubSpot com a tag opencx_handedoff é criado para a sua equipe</translation>
    </message>
    <message>
        <source>The test runs on email or web chat. WhatsApp, SMS and phone conversations never appear in HubSpot: HubSpot only gets a ticket when OpenCX hands one to your team.</source>
        <translation>O teste funciona por e-mail ou chat na web. Conversas por WhatsApp, SMS e telefone nunca aparecem na HubSpot: a HubSpot só recebe um ticket quando o OpenCX passa um para a sua equipe.</translation>
    </message>
</context>
<context>
    <name>flow.message_destination</name>
    <message>
        <source>Use the email address connected to your HubSpot inbox: in HubSpot, open Settings → Inboxes, choose the inbox, and look under Channels.</source>
        <translation>Use o endereço de e-mail conectado à sua caixa de entrada da HubSpot: na HubSpot, abra Configurações → Caixas de entrada, escolha a caixa de entrada e veja em Canais.</translation>
    </message>
    <message>
        <source>Open a page of your website that shows the HubSpot chat widget: in HubSpot, open Settings → Inboxes, choose the inbox, and look under Channels for the chat.</source>
        <translation>Abra uma página do seu site que mostre o widget de chat da HubSpot: na HubSpot, abra Configurações → Caixas de entrada, escolha a caixa de entrada e procure o chat em Canais.</translation>
    </message>
</context>
<context>
    <name>flow.navigation</name>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: open your legacy app in HubSpot.</source>
        <translation>Marque cada item assim que estiver igual na HubSpot. A seguir: abra seu aplicativo legado na HubSpot.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app has these eight scopes.</source>
        <translation>Marque cada item assim que estiver igual na HubSpot. A seguir: confira se o aplicativo tem estes oito escopos.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app sends its webhooks to this URL.</source>
        <translation>Marque cada item assim que estiver igual na HubSpot. A seguir: confira se o aplicativo envia os webhooks para esta URL.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app has these three subscriptions.</source>
        <translation>Marque cada item assim que estiver igual na HubSpot. A seguir: confira se o aplicativo tem estas três assinaturas.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: click Commit changes in HubSpot if you changed anything.</source>
        <translation>Marque cada item assim que estiver igual na HubSpot. A seguir: clique em Confirmar alterações na HubSpot se você alterou algo.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1. OpenCX will store %1 conversations but will not reply to them, so your test message will get no AI reply. Turn it on before you test.</source>
        <translation>O Autopilot está desativado para %1. O OpenCX vai guardar as conversas de %1, mas não vai responder a elas, então sua mensagem de teste não vai receber resposta da IA. Ative-o antes de testar.</translation>
    </message>
    <message>
        <source>Not met: %1.</source>
        <translation>Não atendido: %1.</translation>
    </message>
    <message>
        <source>Not met: %1. %2</source>
        <translation>Não atendido: %1. %2</translation>
    </message>
    <message>
        <source>Confirm each item first: %1.</source>
        <translation>Confirme cada item primeiro: %1.</translation>
    </message>
    <message>
        <source>Sign in to OpenCX to continue.</source>
        <translation>Entre no OpenCX para continuar.</translation>
    </message>
    <message>
        <source>You are signed in as %1, a member of %2. Only owners and admins can connect HubSpot. Ask an owner to make you an admin, or to run this setup.</source>
        <translation>Você entrou como %1, membro de %2. Só proprietários e administradores podem conectar a HubSpot. Peça a um proprietário para tornar você administrador ou para fazer esta configuração.</translation>
    </message>
    <message>
        <source>Connect with HubSpot and approve OpenCX to continue.</source>
        <translation>Conecte com a HubSpot e aprove o OpenCX para continuar.</translation>
    </message>
    <message>
        <source>Pick the teammate the AI posts as.</source>
        <translation>Escolha o remetente da IA.</translation>
    </message>
    <message>
        <source>Finish the test message checklist, or choose to skip it for now.</source>
        <translation>Conclua a lista de verificação da mensagem de teste ou escolha pulá-la por enquanto.</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>Esta é a última etapa.</translation>
    </message>
    <message>
        <source>Paste the private app access token.</source>
        <translation>Cole o token de acesso do aplicativo privado.</translation>
    </message>
    <message>
        <source>The token has not been checked with HubSpot yet.</source>
        <translation>O token ainda não foi verificado com a HubSpot.</translation>
    </message>
    <message>
        <source>The private app is missing these scopes: %1. Add them in HubSpot, then check the token again.</source>
        <translation>Faltam estes escopos no aplicativo privado: %1. Adicione-os na HubSpot e verifique o token novamente.</translation>
    </message>
    <message>
        <source>Pick the default user (the teammate OpenCX acts as).</source>
        <translation>Escolha o usuário padrão (o membro da equipe em nome de quem o OpenCX age).</translation>
    </message>
    <message>
        <source>Save the credentials in OpenCX to continue.</source>
        <translation>Salve os dados de acesso no OpenCX para continuar.</translation>
    </message>
    <message>
        <source>The %1 step is not on this path.</source>
        <translation>A etapa %1 não faz parte deste caminho.</translation>
    </message>
    <message>
        <source>That page cannot be opened from here.</source>
        <translation>Essa página não pode ser aberta daqui.</translation>
    </message>
    <message>
        <source>That setting exists only with “Connect with HubSpot”.</source>
        <translation>Essa configuração só existe com “Conectar com a HubSpot”.</translation>
    </message>
</context>
<context>
    <name>flow.newer_version</name>
    <message>
        <source>Version %1 is available</source>
        <translation>A versão %1 está disponível</translation>
    </message>
    <message>
        <source>Opens the page about version %1 in your browser. Nothing is downloaded or installed unless you choose to there.</source>
        <translation>Abre a página sobre a versão %1 no seu navegador. Nada é baixado ou instalado, a menos que você escolha fazer isso lá.</translation>
    </message>
</context>
<context>
    <name>flow.portal_report</name>
    <message>
        <source>OpenCX cannot read the portal&apos;s details</source>
        <translation>O OpenCX não consegue ler os detalhes da conta</translation>
    </message>
    <message>
        <source>OpenCX does not see new conversations, so the AI never answers</source>
        <translation>O OpenCX não vê novas conversas, então a IA nunca responde</translation>
    </message>
    <message>
        <source>the AI cannot post replies or handoff notes in HubSpot</source>
        <translation>a IA não consegue publicar respostas nem notas de transferência na HubSpot</translation>
    </message>
    <message>
        <source>handoffs create no HubSpot ticket</source>
        <translation>as transferências não criam tickets na HubSpot</translation>
    </message>
    <message>
        <source>OpenCX cannot find the customer&apos;s contact</source>
        <translation>o OpenCX não consegue encontrar o contato do cliente</translation>
    </message>
    <message>
        <source>OpenCX cannot create a contact for a new customer</source>
        <translation>o OpenCX não consegue criar um contato para um cliente novo</translation>
    </message>
    <message>
        <source>the AI does not see the customer&apos;s company</source>
        <translation>a IA não vê a empresa do cliente</translation>
    </message>
    <message>
        <source>the AI does not see the customer&apos;s deals</source>
        <translation>a IA não vê os negócios do cliente</translation>
    </message>
    <message>
        <source>your teammates cannot be listed to pick who the AI posts as</source>
        <translation>não é possível listar os membros da sua equipe para escolher o remetente da IA</translation>
    </message>
    <message>
        <source>attachments cannot be passed between HubSpot and OpenCX</source>
        <translation>não é possível trocar anexos entre a HubSpot e o OpenCX</translation>
    </message>
    <message>
        <source>HubSpot lists cannot be used</source>
        <translation>não é possível usar as listas da HubSpot</translation>
    </message>
    <message>
        <source>the four OpenCX workflow actions are not added to HubSpot workflows</source>
        <translation>as quatro ações de fluxo de trabalho do OpenCX não são adicionadas aos fluxos de trabalho da HubSpot</translation>
    </message>
    <message>
        <source>workflow actions</source>
        <translation>ações de fluxo de trabalho</translation>
    </message>
    <message>
        <source>a standard HubSpot account</source>
        <translation>uma conta padrão da HubSpot</translation>
    </message>
    <message>
        <source>a HubSpot sandbox account</source>
        <translation>uma conta de sandbox da HubSpot</translation>
    </message>
    <message>
        <source>a developer test account</source>
        <translation>uma conta de teste de desenvolvedor</translation>
    </message>
    <message>
        <source>an app developer account</source>
        <translation>uma conta de desenvolvedor de aplicativos</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>América do Norte</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Asia Pacific</source>
        <translation>Ásia-Pacífico</translation>
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
        <translation>Formulário</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inativo)</translation>
    </message>
    <message>
        <source>no channel connected</source>
        <translation>nenhum canal conectado</translation>
    </message>
    <message>
        <source>%1 (help desk): %2</source>
        <translation>%1 (Help Desk): %2</translation>
    </message>
    <message>
        <source>%1 (inbox): %2</source>
        <translation>%1 (caixa de entrada): %2</translation>
    </message>
    <message>
        <source>Inboxes and permissions: not read yet.</source>
        <translation>Caixas de entrada e permissões: ainda não lidas.</translation>
    </message>
    <message>
        <source>Service Hub subscription: not checked, because HubSpot does not tell apps. OpenCX needs Service Hub Starter or above: you can see yours in HubSpot under Account &amp; Billing.</source>
        <translation>Assinatura do Service Hub: não verificada, porque a HubSpot não informa isso aos aplicativos. O OpenCX precisa do Service Hub Starter ou superior: você pode ver o seu na HubSpot em Conta e faturamento.</translation>
    </message>
    <message>
        <source>Portal type: not reported by HubSpot.</source>
        <translation>Tipo de conta: não informado pela HubSpot.</translation>
    </message>
    <message>
        <source>Portal type: %1.</source>
        <translation>Tipo de conta: %1.</translation>
    </message>
    <message>
        <source>Portal type: %1, meant for trying things out, not for real customers.</source>
        <translation>Tipo de conta: %1, feita para testes, não para clientes reais.</translation>
    </message>
    <message>
        <source>Fine for a trial. For your customers, disconnect and connect your standard portal.</source>
        <translation>Serve para um teste. Para os seus clientes, desconecte e conecte sua conta padrão.</translation>
    </message>
    <message>
        <source>Data hosting region: not reported by HubSpot.</source>
        <translation>Região de hospedagem de dados: não informada pela HubSpot.</translation>
    </message>
    <message>
        <source>Data hosted in: %1.</source>
        <translation>Dados hospedados em: %1.</translation>
    </message>
    <message>
        <source>Inboxes: could not be read, so the inboxes and channels were not checked.</source>
        <translation>Caixas de entrada: não foi possível lê-las, então as caixas de entrada e os canais não foram verificados.</translation>
    </message>
    <message>
        <source>Check again in a moment. If it keeps failing, check the conversations permission below.</source>
        <translation>Verifique novamente daqui a pouco. Se continuar falhando, confira a permissão de conversas abaixo.</translation>
    </message>
    <message>
        <source>Inboxes: none found. OpenCX only sees conversations that arrive in a HubSpot inbox.</source>
        <translation>Caixas de entrada: nenhuma encontrada. O OpenCX só vê conversas que chegam a uma caixa de entrada da HubSpot.</translation>
    </message>
    <message>
        <source>In HubSpot, create an inbox (Settings → Inboxes &amp; Help Desks) and connect an email address or the chat widget to it.</source>
        <translation>Na HubSpot, crie uma caixa de entrada (Configurações → Caixas de entrada e Help Desks) e conecte a ela um endereço de e-mail ou o widget de chat.</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>Caixa de entrada: %1</translation>
    </message>
    <message>
        <source>No email address or chat is connected to an inbox, so a test message has nowhere to arrive.</source>
        <translation>Nenhum endereço de e-mail ou chat está conectado a uma caixa de entrada, então uma mensagem de teste não tem por onde chegar.</translation>
    </message>
    <message>
        <source>In HubSpot, connect an email address or the chat widget to an inbox (Settings → Inboxes &amp; Help Desks).</source>
        <translation>Na HubSpot, conecte um endereço de e-mail ou o widget de chat a uma caixa de entrada (Configurações → Caixas de entrada e Help Desks).</translation>
    </message>
    <message>
        <source>A help desk is in use in this portal.</source>
        <translation>Esta conta usa um Help Desk.</translation>
    </message>
    <message>
        <source>No help desk: conversations arrive in an ordinary inbox, which OpenCX also answers.</source>
        <translation>Sem Help Desk: as conversas chegam a uma caixa de entrada comum, que o OpenCX também responde.</translation>
    </message>
    <message>
        <source>Permissions: HubSpot did not report which permissions were granted.</source>
        <translation>Permissões: a HubSpot não informou quais permissões foram concedidas.</translation>
    </message>
    <message>
        <source>Permission %1 is missing: %2.</source>
        <translation>Falta a permissão %1: %2.</translation>
    </message>
    <message>
        <source>OpenCX needs it</source>
        <translation>o OpenCX precisa dela</translation>
    </message>
    <message numerus="yes">
        <source>Permissions: all %n that OpenCX requires were granted.</source>
        <translation>
            <numerusform>Permissões: %n permissão exigida pelo OpenCX foi concedida.</numerusform>
            <numerusform>Permissões: todas as %n permissões exigidas pelo OpenCX foram concedidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: granted.</source>
        <translation>%1: concedida.</translation>
    </message>
    <message>
        <source>an optional feature is off</source>
        <translation>um recurso opcional fica desativado</translation>
    </message>
    <message>
        <source>%1: not granted, so %2. HubSpot leaves it out when the portal&apos;s subscription does not include it.</source>
        <translation>%1: não concedida, então %2. A HubSpot a deixa de fora quando a assinatura da conta não a inclui.</translation>
    </message>
    <message>
        <source>Everything else works. If your subscription includes workflows, disconnect and connect again.</source>
        <translation>Todo o resto funciona. Se a sua assinatura inclui fluxos de trabalho, desconecte e conecte novamente.</translation>
    </message>
    <message>
        <source>Workflow actions: not available with a legacy private app (only with “Connect with HubSpot”).</source>
        <translation>Ações de fluxo de trabalho: não disponíveis com um aplicativo privado legado (só com “Conectar com a HubSpot”).</translation>
    </message>
    <message>
        <source>Optional permission %1 (%2)</source>
        <translation>Permissão opcional %1 (%2)</translation>
    </message>
    <message>
        <source>Optional permission %1</source>
        <translation>Permissão opcional %1</translation>
    </message>
    <message>
        <source>Add it on the legacy app&apos;s Scopes tab in HubSpot, click Commit changes, then check the token again.</source>
        <translation>Adicione-a na guia Escopos do aplicativo legado na HubSpot, clique em Confirmar alterações e verifique o token novamente.</translation>
    </message>
    <message>
        <source>Disconnect, then connect with HubSpot again and approve every permission.</source>
        <translation>Desconecte, conecte com a HubSpot novamente e aprove todas as permissões.</translation>
    </message>
</context>
<context>
    <name>flow.problems</name>
    <message>
        <source>Check this field</source>
        <translation>Verifique este campo</translation>
    </message>
    <message>
        <source>Correct the field and try again.</source>
        <translation>Corrija o campo e tente novamente.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, export diagnostics from the Summary page for OpenCX support.</source>
        <translation>Tente novamente. Se acontecer de novo, exporte o arquivo de diagnóstico na página Resumo para o suporte da OpenCX.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, send %1 to OpenCX support.</source>
        <translation>Tente novamente. Se acontecer de novo, envie %1 para o suporte da OpenCX.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>The assistant ran into an unexpected problem and stopped this action.</source>
        <translation>O assistente encontrou um problema inesperado e interrompeu esta ação.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrompido</translation>
    </message>
    <message>
        <source>The command was interrupted before it finished.</source>
        <translation>O comando foi interrompido antes de terminar.</translation>
    </message>
    <message>
        <source>Run it again; steps already done are not repeated.</source>
        <translation>Execute-o novamente; as etapas já concluídas não são repetidas.</translation>
    </message>
    <message>
        <source>Not signed in to OpenCX</source>
        <translation>Você não entrou no OpenCX</translation>
    </message>
    <message>
        <source>This computer has no saved OpenCX session, and no API key was given.</source>
        <translation>Este computador não tem uma sessão do OpenCX salva, e nenhuma chave de API foi informada.</translation>
    </message>
    <message>
        <source>Set %1 to an owner&apos;s or admin&apos;s OpenCX API key (or use %2), or sign in once with the assistant.</source>
        <translation>Defina %1 com a chave de API do OpenCX de um proprietário ou administrador (ou use %2), ou entre uma vez com o assistente.</translation>
    </message>
    <message>
        <source>Only OpenCX owners and admins can connect HubSpot</source>
        <translation>Somente proprietários e administradores do OpenCX podem conectar a HubSpot</translation>
    </message>
    <message>
        <source>Run the setup with an owner&apos;s or admin&apos;s API key or browser sign-in.</source>
        <translation>Execute a configuração com a chave de API ou o login no navegador de um proprietário ou administrador.</translation>
    </message>
    <message>
        <source>HubSpot is not connected</source>
        <translation>A HubSpot não está conectada</translation>
    </message>
    <message>
        <source>There is no connection to export for this OpenCX organization.</source>
        <translation>Não há conexão para exportar nesta organização do OpenCX.</translation>
    </message>
    <message>
        <source>Connect HubSpot first (with the assistant or %1).</source>
        <translation>Conecte a HubSpot primeiro (com o assistente ou %1).</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... e mais %n</numerusform>
            <numerusform>... e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers file cannot be used</source>
        <translation>O arquivo de respostas não pode ser usado</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>Correct the file (%1 describes every setting) and run again. Nothing was changed: the whole file is checked before anything is saved.</source>
        <translation>Corrija o arquivo (%1 descreve cada configuração) e execute novamente. Nada foi alterado: o arquivo inteiro é verificado antes de qualquer coisa ser salva.</translation>
    </message>
    <message>
        <source>An answer was refused</source>
        <translation>Uma resposta foi recusada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Correct the answers file and run again; nothing else was changed by this step.</source>
        <translation>Corrija o arquivo de respostas e execute novamente; nada mais foi alterado por esta etapa.</translation>
    </message>
    <message>
        <source>The setup is not complete</source>
        <translation>A configuração não está completa</translation>
    </message>
    <message>
        <source>Add the missing answer to the answers file and run again.</source>
        <translation>Adicione a resposta que falta ao arquivo de respostas e execute novamente.</translation>
    </message>
    <message>
        <source>The %1 is missing</source>
        <translation>Não encontrado: %1</translation>
    </message>
    <message>
        <source>The answers file says the %1 is in %2, but nothing is there.</source>
        <translation>Segundo o arquivo de respostas, o item “%1” está em %2, mas não há nada lá.</translation>
    </message>
    <message>
        <source>No private app token</source>
        <translation>Nenhum token do aplicativo privado</translation>
    </message>
    <message>
        <source>Not a private app token</source>
        <translation>Não é um token de aplicativo privado</translation>
    </message>
    <message>
        <source>The token is not usable.</source>
        <translation>O token não pode ser usado.</translation>
    </message>
    <message>
        <source>Copy the token from the private app&apos;s Auth tab in HubSpot and put it in %1.</source>
        <translation>Copie o token na guia Autenticação do aplicativo privado na HubSpot e coloque-o em %1.</translation>
    </message>
    <message>
        <source>Reconnect with an OAuth answers file (%1), or in the assistant&apos;s HubSpot connection page.</source>
        <translation>Reconecte com um arquivo de respostas para OAuth (%1) ou na página Conexão com a HubSpot do assistente.</translation>
    </message>
    <message>
        <source>HubSpot is connected another way</source>
        <translation>A HubSpot está conectada de outra forma</translation>
    </message>
    <message>
        <source>Portal %1 is connected through the %2; the answers file asks for the %3.</source>
        <translation>A conta %1 está conectada pelo %2; o arquivo de respostas pede o %3.</translation>
    </message>
    <message>
        <source>Disconnect HubSpot first (in the assistant&apos;s manage page), or change method in the answers file.</source>
        <translation>Desconecte a HubSpot primeiro (na página Conexão com a HubSpot do assistente) ou mude o método no arquivo de respostas.</translation>
    </message>
    <message>
        <source>Approve %1 on HubSpot&apos;s screen and run again. To move OpenCX to %2 instead, set %3 in the answers file.</source>
        <translation>Aprove %1 na tela da HubSpot e execute novamente. Para mudar o OpenCX para %2, defina %3 no arquivo de respostas.</translation>
    </message>
    <message>
        <source>Another HubSpot portal is connected</source>
        <translation>Outra conta da HubSpot está conectada</translation>
    </message>
    <message>
        <source>The answers file expects portal %1, but portal %2 is connected.</source>
        <translation>O arquivo de respostas espera a conta %1, mas a conta %2 está conectada.</translation>
    </message>
    <message>
        <source>Choose the right portal on HubSpot&apos;s consent screen, or disconnect and run again.</source>
        <translation>Escolha a conta certa na tela de consentimento da HubSpot, ou desconecte e execute novamente.</translation>
    </message>
    <message numerus="yes">
        <source>After %n second(s) this check had not happened: %1.</source>
        <translation>
            <numerusform>Após %n segundo, esta verificação ainda não tinha acontecido: %1.</numerusform>
            <numerusform>Após %n segundos, esta verificação ainda não tinha acontecido: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>After %1 seconds this check had not happened: %2.</source>
        <translation>Após %1 segundos, esta verificação ainda não tinha acontecido: %2.</translation>
    </message>
    <message>
        <source>The test message checklist did not finish</source>
        <translation>A lista de verificação da mensagem de teste não terminou</translation>
    </message>
    <message>
        <source>Send the test message to an address or chat widget HubSpot routes, then run again (or raise %1).</source>
        <translation>Envie a mensagem de teste para um endereço ou chat que a HubSpot encaminha e execute novamente (ou aumente %1).</translation>
    </message>
    <message>
        <source>The test message checklist stopped</source>
        <translation>A lista de verificação da mensagem de teste parou</translation>
    </message>
    <message>
        <source>This check did not pass: %1.</source>
        <translation>Esta verificação não passou: %1.</translation>
    </message>
    <message>
        <source>Not every check passed.</source>
        <translation>Nem todas as verificações passaram.</translation>
    </message>
    <message>
        <source>Look at the checklist in the assistant for the likely cause.</source>
        <translation>Veja a lista de verificação no assistente para descobrir a causa provável.</translation>
    </message>
    <message>
        <source>You are signed out of OpenCX</source>
        <translation>Sua sessão no OpenCX foi encerrada</translation>
    </message>
    <message>
        <source>Your OpenCX sign-in has ended or is no longer accepted.</source>
        <translation>Seu login no OpenCX expirou ou não é mais aceito.</translation>
    </message>
    <message>
        <source>Sign in to OpenCX again.</source>
        <translation>Entre no OpenCX novamente.</translation>
    </message>
    <message>
        <source>OpenCX did not confirm the connection</source>
        <translation>O OpenCX não confirmou a conexão</translation>
    </message>
    <message>
        <source>The credentials were sent, but OpenCX does not show HubSpot as connected.</source>
        <translation>Os dados de acesso foram enviados, mas o OpenCX não mostra a HubSpot como conectada.</translation>
    </message>
    <message>
        <source>Try Save again. If it keeps happening, export diagnostics for support.</source>
        <translation>Clique em Salvar no OpenCX novamente. Se continuar acontecendo, exporte o arquivo de diagnóstico para o suporte.</translation>
    </message>
    <message>
        <source>This API key was not copied correctly</source>
        <translation>Esta chave de API não foi copiada corretamente</translation>
    </message>
    <message>
        <source>Add them on the app&apos;s Scopes tab in HubSpot, click Commit changes, then paste the token and check it again.</source>
        <translation>Adicione-os na guia Escopos do aplicativo na HubSpot, clique em Confirmar alterações, cole o token e verifique novamente.</translation>
    </message>
    <message>
        <source>Add them on the app&apos;s Scopes tab in HubSpot, click Commit changes, then run again.</source>
        <translation>Adicione-os na guia Escopos do aplicativo na HubSpot, clique em Confirmar alterações e execute novamente.</translation>
    </message>
    <message>
        <source>The legacy app is missing scopes</source>
        <translation>Faltam escopos no aplicativo legado</translation>
    </message>
    <message>
        <source>HubSpot accepted the token, but the app is missing these scopes: %1.</source>
        <translation>A HubSpot aceitou o token, mas faltam estes escopos no aplicativo: %1.</translation>
    </message>
    <message>
        <source>You approved a different HubSpot portal</source>
        <translation>Você aprovou outra conta da HubSpot</translation>
    </message>
    <message>
        <source>OpenCX is connected to %1, but you approved %2 in HubSpot. Nothing has changed yet.</source>
        <translation>O OpenCX está conectado a %1, mas você aprovou %2 na HubSpot. Nada foi alterado ainda.</translation>
    </message>
    <message>
        <source>Go back to the setup assistant: it asks whether OpenCX moves to the new portal or stays with the one it has.</source>
        <translation>Volte ao assistente de configuração: ele pergunta se o OpenCX muda para a nova conta ou continua com a atual.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Tente novamente. Se continuar acontecendo, exporte o arquivo de diagnóstico para o suporte.</translation>
    </message>
    <message>
        <source>Access was not allowed</source>
        <translation>O acesso não foi permitido</translation>
    </message>
    <message>
        <source>You chose not to allow access.</source>
        <translation>Você escolheu não permitir o acesso.</translation>
    </message>
    <message>
        <source>To continue, try again and choose to allow access on that page.</source>
        <translation>Para continuar, tente novamente e escolha permitir o acesso nessa página.</translation>
    </message>
    <message>
        <source>Your HubSpot user may not install apps in that portal</source>
        <translation>Seu usuário da HubSpot talvez não possa instalar aplicativos nessa conta</translation>
    </message>
    <message>
        <source>In the portal you chose, your HubSpot user is not a super admin and does not have the App Marketplace Access permission, which HubSpot requires to install apps like OpenCX.</source>
        <translation>Na conta que você escolheu, seu usuário da HubSpot não é superadministrador e não tem a permissão Acesso ao marketplace de aplicativos, que a HubSpot exige para instalar aplicativos como o OpenCX.</translation>
    </message>
    <message>
        <source>Ask a super admin of that portal to connect OpenCX, or to give you App Marketplace Access (HubSpot: Settings → Users &amp; Teams), then try again.</source>
        <translation>Peça a um superadministrador dessa conta para conectar o OpenCX ou para dar a você o Acesso ao marketplace de aplicativos (na HubSpot: Configurações → Usuários e equipes) e tente novamente.</translation>
    </message>
    <message>
        <source>That HubSpot portal needs Service Hub</source>
        <translation>Essa conta da HubSpot precisa do Service Hub</translation>
    </message>
    <message>
        <source>HubSpot says the OpenCX app is not available for the selected portal, because the portal does not have Service Hub Starter or above. OpenCX needs it for HubSpot conversations and tickets.</source>
        <translation>A HubSpot informa que o aplicativo OpenCX não está disponível para a conta selecionada, porque ela não tem o Service Hub Starter ou superior. O OpenCX precisa dele para as conversas e os tickets da HubSpot.</translation>
    </message>
    <message>
        <source>Choose a portal that has Service Hub, or add Service Hub to this one in HubSpot (Account &amp; Billing), then try again.</source>
        <translation>Escolha uma conta que tenha o Service Hub ou adicione o Service Hub a esta conta na HubSpot (Conta e faturamento) e tente novamente.</translation>
    </message>
    <message>
        <source>The connection did not go through</source>
        <translation>A conexão não foi concluída</translation>
    </message>
    <message>
        <source>Something went wrong on the other side while finishing this step.</source>
        <translation>Algo deu errado do outro lado ao concluir esta etapa.</translation>
    </message>
    <message>
        <source>Wait a minute and try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Aguarde um minuto e tente novamente. Se continuar acontecendo, exporte o arquivo de diagnóstico para o suporte.</translation>
    </message>
    <message>
        <source>The browser came back with an error the assistant does not know.</source>
        <translation>O navegador voltou com um erro que o assistente não conhece.</translation>
    </message>
    <message numerus="yes">
        <source>The assistant waited %n minute(s) for the browser and stopped.</source>
        <translation>
            <numerusform>O assistente esperou o navegador por %n minuto e parou.</numerusform>
            <numerusform>O assistente esperou o navegador por %n minutos e parou.</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser step took too long</source>
        <translation>A etapa no navegador demorou demais</translation>
    </message>
    <message>
        <source>Try again. If the browser did not open, use Copy link and open it yourself.</source>
        <translation>Tente novamente. Se o navegador não abriu, use Copiar link e abra-o você mesmo.</translation>
    </message>
    <message>
        <source>Start again when you are ready.</source>
        <translation>Comece de novo quando quiser.</translation>
    </message>
    <message>
        <source>The browser step could not start</source>
        <translation>Não foi possível iniciar a etapa no navegador</translation>
    </message>
    <message>
        <source>The service gave an address the assistant will not open.</source>
        <translation>O serviço informou um endereço que o assistente não vai abrir.</translation>
    </message>
    <message>
        <source>This computer did not let the assistant receive the browser&apos;s answer.</source>
        <translation>Este computador não deixou o assistente receber a resposta do navegador.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, restart the computer, or ask your IT team whether security software blocks programs from listening on this computer.</source>
        <translation>Tente novamente. Se continuar acontecendo, reinicie o computador ou pergunte à sua equipe de TI se algum software de segurança impede que programas recebam conexões neste computador.</translation>
    </message>
</context>
<context>
    <name>flow.reconnect</name>
    <message>
        <source>%1 (portal %2)</source>
        <translation>%1 (conta %2)</translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation>conta %1</translation>
    </message>
    <message>
        <source>HubSpot needs you to reconnect</source>
        <translation>A HubSpot precisa que você reconecte</translation>
    </message>
    <message>
        <source>Reconnect with HubSpot</source>
        <translation>Reconectar com a HubSpot</translation>
    </message>
    <message>
        <source>Reconnecting opens HubSpot&apos;s approval screen again and keeps who the AI posts as, your email signatures and Autopilot.</source>
        <translation>Reconectar abre de novo a tela de aprovação da HubSpot e mantém o remetente da IA, suas assinaturas de e-mail e o Autopilot.</translation>
    </message>
    <message>
        <source>HubSpot no longer lets OpenCX into %1. This happens when the OpenCX app was uninstalled in HubSpot or its permissions were changed. Until you reconnect, OpenCX cannot read or answer this portal&apos;s conversations.</source>
        <translation>A HubSpot não permite mais o acesso do OpenCX a %1. Isso acontece quando o aplicativo OpenCX foi desinstalado na HubSpot ou suas permissões foram alteradas. Até você reconectar, o OpenCX não consegue ler nem responder às conversas desta conta.</translation>
    </message>
    <message>
        <source>Workflow actions: HubSpot workflows can pause, resume or call the OpenCX AI.</source>
        <translation>Ações de fluxo de trabalho: os fluxos de trabalho da HubSpot podem pausar, retomar ou chamar a IA do OpenCX.</translation>
    </message>
    <message>
        <source>No keys to paste or renew: HubSpot lets OpenCX in and renews that access by itself.</source>
        <translation>Nenhuma chave para colar ou renovar: a HubSpot dá acesso ao OpenCX e renova esse acesso sozinha.</translation>
    </message>
    <message>
        <source>Webhooks set up for you: no subscriptions to keep up in the legacy app.</source>
        <translation>Webhooks configurados para você: nenhuma assinatura de eventos para manter no aplicativo legado.</translation>
    </message>
    <message>
        <source>Faster agent takeover: when an agent takes a conversation, the AI stops within about a second, not at the customer&apos;s next message.</source>
        <translation>Transferência mais rápida para o atendente: quando um atendente assume uma conversa, a IA para em cerca de um segundo, e não só na próxima mensagem do cliente.</translation>
    </message>
    <message>
        <source>Tickets, conversations, OpenCX sessions, the default user and your email signatures stay as they are.</source>
        <translation>Tickets, conversas, sessões do OpenCX, o usuário padrão e suas assinaturas de e-mail continuam como estão.</translation>
    </message>
    <message>
        <source>Action recommended: switch to Connect with HubSpot</source>
        <translation>Ação recomendada: mude para “Conectar com a HubSpot”</translation>
    </message>
    <message>
        <source>Switch to Connect with HubSpot</source>
        <translation>Mudar para “Conectar com a HubSpot”</translation>
    </message>
    <message>
        <source>This portal is connected through a legacy private app, which HubSpot no longer lets anyone create. Switch it to “Connect with HubSpot”: you approve OpenCX once on HubSpot&apos;s own screen, without disconnecting. What changes:</source>
        <translation>Esta conta está conectada por um aplicativo privado legado, que a HubSpot não permite mais criar. Mude para “Conectar com a HubSpot”: você aprova o OpenCX uma vez na própria tela da HubSpot, sem desconectar. O que muda:</translation>
    </message>
    <message>
        <source>%1 is connected through a legacy private app. When you approve OpenCX in HubSpot, it switches to “Connect with HubSpot” in place, without disconnecting. %2</source>
        <translation>%1 está conectada por um aplicativo privado legado. Quando você aprovar o OpenCX na HubSpot, a conexão muda direto para “Conectar com a HubSpot”, sem desconectar. %2</translation>
    </message>
    <message>
        <source>Switched to Connect with HubSpot</source>
        <translation>Agora conectado por “Conectar com a HubSpot”</translation>
    </message>
    <message>
        <source>Reconnected with HubSpot</source>
        <translation>Reconectado com a HubSpot</translation>
    </message>
    <message>
        <source>OpenCX no longer uses the legacy private app. You can delete it in HubSpot if you like: Settings → Integrations → Private Apps → Legacy Apps → your app → Delete. Its webhook subscriptions are no longer needed.</source>
        <translation>O OpenCX não usa mais o aplicativo privado legado. Se quiser, você pode excluí-lo na HubSpot: Configurações → Integrações → Aplicativos privados → Aplicativos legados → seu aplicativo → Excluir. As assinaturas de webhook (avisos de eventos) dele não são mais necessárias.</translation>
    </message>
    <message>
        <source>OpenCX can read and answer this portal&apos;s conversations again.</source>
        <translation>O OpenCX pode ler e responder às conversas desta conta novamente.</translation>
    </message>
    <message>
        <source>Move OpenCX to another HubSpot portal?</source>
        <translation>Mudar o OpenCX para outra conta da HubSpot?</translation>
    </message>
    <message>
        <source>OpenCX is connected to %1, but you approved %2 in HubSpot.

Continue with %2: OpenCX reads and answers that portal&apos;s conversations from now on. Choose again who the AI posts as, because that portal has its own teammates. Email signatures and Autopilot stay.

Cancel: nothing changes; OpenCX stays with %1.</source>
        <translation>O OpenCX está conectado a %1, mas você aprovou %2 na HubSpot.

Continuar com %2: a partir de agora, o OpenCX lê e responde às conversas dessa conta. Escolha novamente o remetente da IA, porque essa conta tem seus próprios membros da equipe. As assinaturas de e-mail e o Autopilot continuam.

Cancelar: nada muda; o OpenCX continua com %1.</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Continuar com %1</translation>
    </message>
    <message>
        <source>Cancel, keep %1</source>
        <translation>Cancelar, manter %1</translation>
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
        <translation>manipuladores de eventos (como onclick)</translation>
    </message>
    <message>
        <source>forms</source>
        <translation>formulários</translation>
    </message>
    <message>
        <source>frames and embedded objects</source>
        <translation>frames e objetos incorporados</translation>
    </message>
    <message>
        <source>style sheets</source>
        <translation>folhas de estilo</translation>
    </message>
    <message>
        <source>remote background images</source>
        <translation>imagens de fundo remotas</translation>
    </message>
    <message>
        <source>images not served over https</source>
        <translation>imagens não servidas por https</translation>
    </message>
    <message>
        <source>Removed for safety, because email signatures cannot contain them: %1.</source>
        <translation>Removido por segurança, porque assinaturas de e-mail não podem conter estes itens: %1.</translation>
    </message>
    <message>
        <source>The signature is larger than %1 KB. Email clients clip large signatures; link images instead of embedding them.</source>
        <translation>A assinatura é maior que %1 KB. Os programas de e-mail cortam assinaturas grandes; use links para as imagens em vez de incorporá-las.</translation>
    </message>
    <message>
        <source>Nothing is left of this signature after removing what emails cannot contain. Paste the signature&apos;s HTML, or plain text.</source>
        <translation>Não sobrou nada desta assinatura depois de remover o que e-mails não podem conter. Cole o HTML da assinatura ou texto simples.</translation>
    </message>
    <message>
        <source>Write the signature first.</source>
        <translation>Escreva a assinatura primeiro.</translation>
    </message>
    <message>
        <source>Type the address the link opens, like https://acme.com.</source>
        <translation>Digite o endereço que o link abre, como https://acme.com.</translation>
    </message>
    <message>
        <source>That address has no site in it, like https://acme.com.</source>
        <translation>Esse endereço não tem um site, como https://acme.com.</translation>
    </message>
    <message>
        <source>Links to the email address %1.</source>
        <translation>Abre um e-mail para %1.</translation>
    </message>
    <message>
        <source>Links to %1.</source>
        <translation>Abre %1.</translation>
    </message>
    <message>
        <source>A signature link opens a web page (https://…), an email address (mailto:…) or a phone number (tel:…).</source>
        <translation>Um link de assinatura abre uma página da web (https://…), um endereço de e-mail (mailto:…) ou um número de telefone (tel:…).</translation>
    </message>
    <message>
        <source>An address has no spaces. Copy it from the browser&apos;s bar.</source>
        <translation>Um endereço não tem espaços. Copie-o da barra do navegador.</translation>
    </message>
    <message>
        <source>Type the image&apos;s address, like https://acme.com/logo.png. Upload the image to your website first if it is only on your computer.</source>
        <translation>Digite o endereço da imagem, como https://acme.com/logo.png. Se a imagem estiver só no seu computador, envie-a primeiro para o seu site.</translation>
    </message>
    <message>
        <source>Email programs block images on plain http. Use the image&apos;s https:// address.</source>
        <translation>Os programas de e-mail bloqueiam imagens em http simples. Use o endereço https:// da imagem.</translation>
    </message>
    <message>
        <source>Use the address of an image on the web, starting with https://.</source>
        <translation>Use o endereço de uma imagem na web, começando com https://.</translation>
    </message>
    <message>
        <source>Uses %1.</source>
        <translation>Usa %1.</translation>
    </message>
    <message>
        <source>That address has no site in it, like https://acme.com/logo.png.</source>
        <translation>Esse endereço não tem um site, como https://acme.com/logo.png.</translation>
    </message>
</context>
<context>
    <name>flow.signatures</name>
    <message>
        <source>%1 matches %2 exactly, and exact matches always win.</source>
        <translation>%1 corresponde exatamente a %2, e correspondências exatas sempre têm prioridade.</translation>
    </message>
    <message>
        <source>%1 ends with .%2, the most specific matching ending.</source>
        <translation>%1 termina com .%2, a terminação correspondente mais específica.</translation>
    </message>
    <message>
        <source>There is already a signature for %1. Edit that one instead.</source>
        <translation>Já existe uma assinatura para %1. Edite-a em vez de criar outra.</translation>
    </message>
</context>
<context>
    <name>flow.steps</name>
    <message>
        <source>OAuth Public App</source>
        <translation>aplicativo público OAuth</translation>
    </message>
    <message>
        <source>legacy private app</source>
        <translation>aplicativo privado legado</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de começar</translation>
    </message>
    <message>
        <source>Sign in to OpenCX</source>
        <translation>Entrar no OpenCX</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Método de conexão</translation>
    </message>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Conectar com a HubSpot</translation>
    </message>
    <message>
        <source>Find your legacy app</source>
        <translation>Encontrar seu aplicativo legado</translation>
    </message>
    <message>
        <source>Save the private app token</source>
        <translation>Salvar o token do aplicativo privado</translation>
    </message>
    <message>
        <source>Who the AI posts as</source>
        <translation>Remetente da IA</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>Assinaturas de e-mail</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Ações de fluxo de trabalho</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar uma mensagem de teste</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>HubSpot connection</source>
        <translation>Conexão com a HubSpot</translation>
    </message>
</context>
<context>
    <name>flow.tokens</name>
    <message>
        <source>The word &quot;Bearer&quot; in front of the token was removed.</source>
        <translation>A palavra “Bearer” antes do token foi removida.</translation>
    </message>
    <message>
        <source>Paste the private app access token.</source>
        <translation>Cole o token de acesso do aplicativo privado.</translation>
    </message>
    <message>
        <source>That is much longer than a private app token. Copy only the token.</source>
        <translation>Isso é muito mais longo que um token de aplicativo privado. Copie só o token.</translation>
    </message>
    <message>
        <source>The token has spaces or line breaks in the middle. Copy it again in one piece.</source>
        <translation>O token tem espaços ou quebras de linha no meio. Copie-o de novo, inteiro.</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings → Integrations → Private Apps → Legacy Apps, open your app, and on the Auth tab click Show token, then Copy.</source>
        <translation>Na HubSpot, abra Configurações → Integrações → Aplicativos privados → Aplicativos legados, abra seu aplicativo e, na guia Autenticação, clique em Mostrar token e depois em Copiar.</translation>
    </message>
    <message>
        <source>This starts like a private app token but is incomplete or has extra characters. Copy it again.</source>
        <translation>Isso começa como um token de aplicativo privado, mas está incompleto ou tem caracteres a mais. Copie-o novamente.</translation>
    </message>
    <message>
        <source>This looks like a developer API key, not a private app token. Private app tokens start with pat-.</source>
        <translation>Isso parece uma chave de API de desenvolvedor, não um token de aplicativo privado. Tokens de aplicativo privado começam com pat-.</translation>
    </message>
    <message>
        <source>This looks like an OAuth refresh token. The legacy path needs the private app token, which starts with pat-.</source>
        <translation>Isso parece um token de atualização OAuth. O caminho legado precisa do token do aplicativo privado, que começa com pat-.</translation>
    </message>
    <message>
        <source>This looks like an OAuth access token or a personal access key. The legacy path needs the private app token, which starts with pat-.</source>
        <translation>Isso parece um token de acesso OAuth ou uma chave de acesso pessoal. O caminho legado precisa do token do aplicativo privado, que começa com pat-.</translation>
    </message>
    <message>
        <source>This is not a HubSpot private app token; those start with pat-.</source>
        <translation>Isso não é um token de aplicativo privado da HubSpot; esses tokens começam com pat-.</translation>
    </message>
</context>
<context>
    <name>flow.user_ids</name>
    <message>
        <source>Pick the teammate from the list, or in HubSpot open Settings → Users &amp; Teams, open the teammate&apos;s profile and copy the number at the end of the address.</source>
        <translation>Escolha o membro da equipe na lista ou, na HubSpot, abra Configurações → Usuários e equipes, abra o perfil do membro da equipe e copie o número no final do endereço.</translation>
    </message>
    <message>
        <source>Enter the HubSpot user ID.</source>
        <translation>Digite o ID de usuário da HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot wants the number only, so &quot;%1&quot; became %2.</source>
        <translation>A HubSpot quer só o número, então “%1” virou %2.</translation>
    </message>
    <message>
        <source>The user ID is a number, like 1234567, with no letters.</source>
        <translation>O ID de usuário é um número, como 1234567, sem letras.</translation>
    </message>
    <message>
        <source>That address is not a HubSpot page.</source>
        <translation>Esse endereço não é uma página da HubSpot.</translation>
    </message>
    <message>
        <source>That HubSpot address does not end with a user ID. Open the teammate&apos;s profile itself and copy its address.</source>
        <translation>Esse endereço da HubSpot não termina com um ID de usuário. Abra o próprio perfil do membro da equipe e copie o endereço dele.</translation>
    </message>
    <message>
        <source>Took the user ID %1 from the end of the HubSpot address.</source>
        <translation>O ID de usuário %1 foi tirado do final do endereço da HubSpot.</translation>
    </message>
    <message>
        <source>0 is not a HubSpot user ID.</source>
        <translation>0 não é um ID de usuário da HubSpot.</translation>
    </message>
    <message>
        <source>That number is too long to be a HubSpot user ID.</source>
        <translation>Esse número é longo demais para ser um ID de usuário da HubSpot.</translation>
    </message>
    <message>
        <source>Leading zeros were removed: %1.</source>
        <translation>Os zeros à esquerda foram removidos: %1.</translation>
    </message>
    <message>
        <source>Not a HubSpot user ID.</source>
        <translation>Não é um ID de usuário da HubSpot.</translation>
    </message>
    <message>
        <source>Nobody in this HubSpot portal has the user ID %1. Pick the teammate from the list, or check the number in HubSpot under Settings → Users &amp; Teams.</source>
        <translation>Ninguém nesta conta da HubSpot tem o ID de usuário %1. Escolha o membro da equipe na lista ou confira o número na HubSpot em Configurações → Usuários e equipes.</translation>
    </message>
    <message>
        <source>%1 is the owner number of %2; their user ID is %3.</source>
        <translation>%1 é o número de proprietário de %2; o ID de usuário é %3.</translation>
    </message>
    <message>
        <source>User ID %1 is %2.</source>
        <translation>O ID de usuário %1 é %2.</translation>
    </message>
</context>
<context>
    <name>flow.workflow_actions</name>
    <message>
        <source>✓ Installed</source>
        <translation>✓ Instalada</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltando</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Ainda desconhecido</translation>
    </message>
    <message>
        <source>%1 of %2 installed</source>
        <translation>%1 de %2 instaladas</translation>
    </message>
    <message>
        <source>OpenCX has not reported the workflow actions yet.</source>
        <translation>O OpenCX ainda não informou as ações de fluxo de trabalho.</translation>
    </message>
    <message>
        <source>Not installed: %1. OpenCX adds them when you connect with HubSpot: disconnect and connect with HubSpot again to add them, or ask OpenCX support.</source>
        <translation>Não instaladas: %1. O OpenCX as adiciona quando você conecta com a HubSpot: desconecte e conecte com a HubSpot novamente para adicioná-las ou fale com o suporte da OpenCX.</translation>
    </message>
    <message>
        <source>All four actions are ready to use in your workflows.</source>
        <translation>As quatro ações estão prontas para usar nos seus fluxos de trabalho.</translation>
    </message>
</context>
<context>
    <name>gui.answer_text</name>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Reconnect required</source>
        <translation>Reconexão necessária</translation>
    </message>
    <message>
        <source>Connected through “Connect with HubSpot”</source>
        <translation>Conectado por “Conectar com a HubSpot”</translation>
    </message>
    <message>
        <source>Connected with a legacy private app</source>
        <translation>Conectado com um aplicativo privado legado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Open the HubSpot inbox</source>
        <translation>Abrir a caixa de entrada da HubSpot</translation>
    </message>
    <message>
        <source>%1 (portal ID %2)</source>
        <translation>%1 (ID da conta %2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sem login</translation>
    </message>
    <message>
        <source>%1 (signed in as %2)</source>
        <translation>%1 (login como %2)</translation>
    </message>
    <message>
        <source>User ID %1</source>
        <translation>ID de usuário %1</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Não escolhido</translation>
    </message>
    <message>
        <source>Not read from OpenCX yet</source>
        <translation>Ainda não lido do OpenCX</translation>
    </message>
    <message>
        <source>on for %1; off for %2</source>
        <translation>ativado para %1; desativado para %2</translation>
    </message>
    <message>
        <source>on for %1</source>
        <translation>ativado para %1</translation>
    </message>
    <message>
        <source>off for %1</source>
        <translation>desativado para %1</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Nenhuma (opcional)</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>All four installed</source>
        <translation>As quatro instaladas</translation>
    </message>
    <message>
        <source>%1 of %2 installed</source>
        <translation>%1 de %2 instaladas</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Teste ainda não feito</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Teste pulado</translation>
    </message>
    <message>
        <source>Open the OpenCX session</source>
        <translation>Abrir a sessão do OpenCX</translation>
    </message>
    <message>
        <source>All checks passed</source>
        <translation>Todas as verificações passaram</translation>
    </message>
    <message>
        <source>Passed; as set up, not done: %1</source>
        <translation>Passou; não aconteceu, conforme configurado: %1</translation>
    </message>
    <message>
        <source>Stopped at: %1</source>
        <translation>Parou em: %1</translation>
    </message>
    <message>
        <source>Not finished (%1 of 5 checks passed)</source>
        <translation>Não concluído (%1 de 5 verificações passaram)</translation>
    </message>
</context>
<context>
    <name>gui.crash_dialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>The assistant ran into a problem it did not expect. Your progress is saved. You can keep going, or quit and open the assistant again. If it happens again, save the diagnostics and send the file to OpenCX support.</source>
        <translation>O assistente encontrou um problema que não esperava. Seu progresso está salvo. Você pode continuar ou sair e abrir o assistente novamente. Se acontecer de novo, salve o arquivo de diagnóstico e envie-o para o suporte da OpenCX.</translation>
    </message>
    <message>
        <source>The assistant closed unexpectedly last time</source>
        <translation>O assistente fechou inesperadamente da última vez</translation>
    </message>
    <message>
        <source>Your progress was saved and the setup continues where you left off. A report of what happened was kept: save the diagnostics to send it to OpenCX support.</source>
        <translation>Seu progresso foi salvo e a configuração continua de onde você parou. Um relatório do que aconteceu foi guardado: salve o arquivo de diagnóstico para enviá-lo ao suporte da OpenCX.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Save diagnostics…</source>
        <translation>Salvar arquivo de diagnóstico…</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
    <message>
        <source>Save diagnostics for OpenCX support</source>
        <translation>Salvar o arquivo de diagnóstico para o suporte da OpenCX</translation>
    </message>
    <message>
        <source>Diagnostics bundle (*.zip)</source>
        <translation>Arquivo de diagnóstico (*.zip)</translation>
    </message>
    <message>
        <source>Saved as %1. It contains no passwords or keys; send it to OpenCX support.</source>
        <translation>Salvo como %1. Ele não contém senhas nem chaves; envie-o para o suporte da OpenCX.</translation>
    </message>
    <message>
        <source>Saving diagnostics…</source>
        <translation>Salvando o arquivo de diagnóstico…</translation>
    </message>
</context>
<context>
    <name>gui.launch</name>
    <message>
        <source>%1 This session keeps no log.</source>
        <translation>%1 Esta sessão não mantém registro.</translation>
    </message>
    <message>
        <source>%1 The setup works, but closing the assistant loses your place.</source>
        <translation>%1 A configuração funciona, mas ao fechar o assistente você perde o ponto onde parou.</translation>
    </message>
    <message>
        <source>%1 is already open; it was brought to the front.</source>
        <translation>%1 já está aberto; ele foi trazido para a frente.</translation>
    </message>
</context>
<context>
    <name>gui.page</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>gui.pages.autopilot</name>
    <message>
        <source>On</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Autopilot for %1</source>
        <translation>Autopilot para %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>ainda não lido</translation>
    </message>
    <message>
        <source>OpenCX replies on this channel</source>
        <translation>O OpenCX responde neste canal</translation>
    </message>
    <message>
        <source>OpenCX stores conversations but does not reply</source>
        <translation>O OpenCX guarda as conversas, mas não responde</translation>
    </message>
    <message>
        <source>Reading the Autopilot settings from OpenCX…</source>
        <translation>Lendo as configurações do Autopilot no OpenCX…</translation>
    </message>
    <message>
        <source>Turning Autopilot on for %1…</source>
        <translation>Ativando o Autopilot para %1…</translation>
    </message>
    <message>
        <source>Turning Autopilot off for %1…</source>
        <translation>Desativando o Autopilot para %1…</translation>
    </message>
</context>
<context>
    <name>gui.pages.legacy_app</name>
    <message>
        <source>No legacy app in your portal? HubSpot no longer lets anyone create one: connect with HubSpot instead, the recommended way (about two minutes).</source>
        <translation>Sua conta não tem um aplicativo legado? A HubSpot não permite mais criar um: conecte com a HubSpot, a forma recomendada (cerca de dois minutos).</translation>
    </message>
    <message>
        <source>Connect with HubSpot instead</source>
        <translation>Conectar com a HubSpot</translation>
    </message>
    <message>
        <source>In HubSpot, go to %1 and open the app OpenCX uses.</source>
        <translation>Na HubSpot, vá para %1 e abra o aplicativo que o OpenCX usa.</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Tipo de objeto</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Getting your webhook URL from OpenCX…</source>
        <translation>Carregando a URL do webhook do OpenCX…</translation>
    </message>
    <message>
        <source>Switching to Connect with HubSpot…</source>
        <translation>Mudando para Conectar com a HubSpot…</translation>
    </message>
</context>
<context>
    <name>gui.pages.legacy_credentials</name>
    <message>
        <source>✓ Token checked with HubSpot: every required scope is granted.</source>
        <translation>✓ Token verificado com a HubSpot: todos os escopos necessários foram concedidos.</translation>
    </message>
    <message>
        <source>✓ Saved. OpenCX is connected to HubSpot portal %1.</source>
        <translation>✓ Salvo. O OpenCX está conectado à conta %1 da HubSpot.</translation>
    </message>
    <message>
        <source>Default user: %1, user ID %2</source>
        <translation>Usuário padrão: %1, ID de usuário %2</translation>
    </message>
    <message>
        <source>Default user: user ID %1</source>
        <translation>Usuário padrão: ID de usuário %1</translation>
    </message>
    <message>
        <source>Nobody in this HubSpot portal has the user ID %1. Pick the teammate from the list.</source>
        <translation>Ninguém nesta conta da HubSpot tem o ID de usuário %1. Escolha o membro da equipe na lista.</translation>
    </message>
    <message>
        <source>This looks like a private app token. Click Check token.</source>
        <translation>Parece um token de aplicativo privado. Clique em Verificar token.</translation>
    </message>
    <message>
        <source>Checking the token with HubSpot…</source>
        <translation>Verificando o token com a HubSpot…</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Carregando os membros da equipe da HubSpot…</translation>
    </message>
    <message>
        <source>Saving the credentials in OpenCX…</source>
        <translation>Salvando os dados de acesso no OpenCX…</translation>
    </message>
</context>
<context>
    <name>gui.pages.manage</name>
    <message>
        <source>Default user</source>
        <translation>Usuário padrão</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>Remetente da IA</translation>
    </message>
    <message>
        <source>Reconnect with HubSpot first.</source>
        <translation>Reconecte com a HubSpot primeiro.</translation>
    </message>
    <message>
        <source>Reading the email signatures…</source>
        <translation>Lendo as assinaturas de e-mail…</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot…</source>
        <translation>Desconectando a HubSpot…</translation>
    </message>
</context>
<context>
    <name>gui.pages.method</name>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Conectar com a HubSpot</translation>
    </message>
    <message>
        <source>Existing legacy app</source>
        <translation>Aplicativo legado existente</translation>
    </message>
    <message>
        <source>What&apos;s the di&amp;fference?</source>
        <translation>Qual é a di&amp;ferença?</translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation>Salvando sua escolha…</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot, then switching…</source>
        <translation>Desconectando a HubSpot e mudando…</translation>
    </message>
</context>
<context>
    <name>gui.pages.oauth_connect</name>
    <message>
        <source>Your browser opens HubSpot&apos;s consent screen. Choose the HubSpot portal OpenCX should use, review the permissions and click Connect app. HubSpot then sends you back, and this window continues on its own.</source>
        <translation>Seu navegador vai abrir a tela de consentimento da HubSpot. Escolha a conta da HubSpot que o OpenCX deve usar, revise as permissões e clique em Conectar aplicativo. A HubSpot então traz você de volta, e esta janela continua sozinha.</translation>
    </message>
    <message>
        <source>OpenCX asks for access to: %1.</source>
        <translation>O OpenCX pede acesso a: %1.</translation>
    </message>
    <message>
        <source>Connect with &amp;HubSpot</source>
        <translation>Conectar com a &amp;HubSpot</translation>
    </message>
    <message>
        <source>To install OpenCX, your HubSpot user needs to be a super admin of the portal or have the App Marketplace Access permission. If the browser shows an error after you approved, click Try again.</source>
        <translation>Para instalar o OpenCX, seu usuário da HubSpot precisa ser superadministrador da conta ou ter a permissão Acesso ao marketplace de aplicativos. Se o navegador mostrar um erro depois da sua aprovação, clique em Tentar novamente.</translation>
    </message>
    <message>
        <source>HubSpot portal %1</source>
        <translation>Conta %1 da HubSpot</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domínio: %1</translation>
    </message>
    <message>
        <source>This portal does not have Service Hub Starter or above, which OpenCX needs for HubSpot conversations and tickets. %1 Upgrade the portal in HubSpot (Account &amp; Billing), or connect another portal.</source>
        <translation>Esta conta não tem o Service Hub Starter ou superior, de que o OpenCX precisa para as conversas e os tickets da HubSpot. %1 Faça o upgrade da conta na HubSpot (Conta e faturamento) ou conecte outra conta.</translation>
    </message>
</context>
<context>
    <name>gui.pages.portal_report_section</name>
    <message>
        <source>Reading the portal from HubSpot…</source>
        <translation>Lendo a conta na HubSpot…</translation>
    </message>
</context>
<context>
    <name>gui.pages.prerequisites</name>
    <message>
        <source>✓ Checked automatically from HubSpot portal details.</source>
        <translation>✓ Verificado automaticamente com base nos dados da conta da HubSpot.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically from HubSpot portal details). %1</source>
        <translation>✗ Não atendido (verificado automaticamente com base nos dados da conta da HubSpot). %1</translation>
    </message>
    <message>
        <source>✓ Checked automatically: you approved the HubSpot connection.</source>
        <translation>✓ Verificado automaticamente: você aprovou a conexão com a HubSpot.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically: you approved the HubSpot connection). %1</source>
        <translation>✗ Não atendido (verificado automaticamente: você aprovou a conexão com a HubSpot). %1</translation>
    </message>
    <message>
        <source>✓ Checked automatically from your OpenCX sign-in.</source>
        <translation>✓ Verificado automaticamente com base no seu login no OpenCX.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically from your OpenCX sign-in). %1</source>
        <translation>✗ Não atendido (verificado automaticamente com base no seu login no OpenCX). %1</translation>
    </message>
</context>
<context>
    <name>gui.pages.sender</name>
    <message>
        <source>The AI does not post as anyone yet. Click a teammate to choose.</source>
        <translation>A IA ainda não tem um remetente. Clique em um membro da equipe para escolher.</translation>
    </message>
    <message>
        <source>The AI posts as %1.</source>
        <translation>A IA responde em nome de %1.</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Carregando os membros da equipe da HubSpot…</translation>
    </message>
    <message>
        <source>Saving who the AI posts as…</source>
        <translation>Salvando o remetente da IA…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
</context>
<context>
    <name>gui.pages.signatures</name>
    <message>
        <source>Signature that applies</source>
        <translation>Assinatura aplicada</translation>
    </message>
    <message>
        <source>Signature for %1</source>
        <translation>Assinatura para %1</translation>
    </message>
    <message>
        <source>Reading your signatures from OpenCX…</source>
        <translation>Lendo suas assinaturas no OpenCX…</translation>
    </message>
    <message>
        <source>Images from the internet (such as a logo on https) are kept in the signature and show in real emails, but this preview does not load them.</source>
        <translation>Imagens da internet (como um logotipo em https) são mantidas na assinatura e aparecem nos e-mails reais, mas esta pré-visualização não as carrega.</translation>
    </message>
    <message>
        <source>Edit the rule for %1</source>
        <translation>Editar a regra para %1</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nova regra</translation>
    </message>
    <message>
        <source>Saving the signature…</source>
        <translation>Salvando a assinatura…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <source>Remove signature</source>
        <translation>Remover assinatura</translation>
    </message>
    <message>
        <source>Remove the signature for %1?</source>
        <translation>Remover a assinatura para %1?</translation>
    </message>
    <message>
        <source>The AI&apos;s emails from %1 will no longer get this signature. To use it again later, you would add the rule and write the signature again.</source>
        <translation>Os e-mails da IA enviados de %1 não terão mais esta assinatura. Para usá-la de novo depois, você precisaria adicionar a regra e escrever a assinatura outra vez.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the signature for %1</source>
        <translation>Remover a assinatura para %1</translation>
    </message>
    <message>
        <source>Keep the signature</source>
        <translation>Manter a assinatura</translation>
    </message>
    <message>
        <source>Removing the signature…</source>
        <translation>Removendo a assinatura…</translation>
    </message>
    <message>
        <source>Type a whole email address, like anna@shop.nl.</source>
        <translation>Digite um endereço de e-mail completo, como anna@shop.nl.</translation>
    </message>
    <message>
        <source>No rule matches %1, so its emails get no signature.</source>
        <translation>Nenhuma regra corresponde a %1, então os e-mails dele ficam sem assinatura.</translation>
    </message>
    <message>
        <source>The signature for %1. %2</source>
        <translation>A assinatura para %1. %2</translation>
    </message>
</context>
<context>
    <name>gui.pages.signin</name>
    <message>
        <source>%1 · owner of %2</source>
        <translation>%1 · proprietário de %2</translation>
    </message>
    <message>
        <source>%1 · admin of %2</source>
        <translation>%1 · administrador de %2</translation>
    </message>
    <message>
        <source>%1 · owner of %2 · with an API key</source>
        <translation>%1 · proprietário de %2 · com uma chave de API</translation>
    </message>
    <message>
        <source>%1 · admin of %2 · with an API key</source>
        <translation>%1 · administrador de %2 · com uma chave de API</translation>
    </message>
    <message>
        <source>&amp;Sign in with your browser</source>
        <translation>&amp;Entrar pelo navegador</translation>
    </message>
    <message>
        <source>Create an API key in the OpenCX dashboard (Settings → Access) and paste it here. It is kept only while the assistant is open, never in a file.</source>
        <translation>Crie uma chave de API no painel do OpenCX (“Settings → Access”) e cole-a aqui. Ela fica guardada só enquanto o assistente estiver aberto, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Você entrou como %1</translation>
    </message>
    <message>
        <source>%1 is a member of %2. Only owners and admins can connect HubSpot: ask an owner of %2 to make you an admin, or to run this setup. Then sign out and sign in again.</source>
        <translation>%1 é membro de %2. Somente proprietários e administradores podem conectar a HubSpot: peça a um proprietário de %2 para tornar você administrador ou para fazer esta configuração. Depois saia e entre novamente.</translation>
    </message>
    <message>
        <source>Checking the API key with OpenCX…</source>
        <translation>Verificando a chave de API com o OpenCX…</translation>
    </message>
    <message>
        <source>OpenCX did not accept this API key. Check that you copied the whole key and that it was not deleted in the dashboard, or sign in with the browser.</source>
        <translation>O OpenCX não aceitou esta chave de API. Confira se você copiou a chave inteira e se ela não foi excluída no painel, ou entre pelo navegador.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Saindo…</translation>
    </message>
</context>
<context>
    <name>gui.pages.summary</name>
    <message>
        <source>Not available yet in this version.</source>
        <translation>Ainda não disponível nesta versão.</translation>
    </message>
    <message>
        <source>Default user</source>
        <translation>Usuário padrão</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>Remetente da IA</translation>
    </message>
    <message>
        <source>This is what was set up. Since then HubSpot has stopped OpenCX&apos;s access: reconnect above. Everything below stays as it is.</source>
        <translation>Isto é o que foi configurado. Desde então, a HubSpot bloqueou o acesso do OpenCX: reconecte acima. Tudo abaixo continua como está.</translation>
    </message>
    <message>
        <source>Save diagnostics for OpenCX support</source>
        <translation>Salvar o arquivo de diagnóstico para o suporte da OpenCX</translation>
    </message>
    <message>
        <source>Diagnostics bundle (*.zip)</source>
        <translation>Arquivo de diagnóstico (*.zip)</translation>
    </message>
    <message>
        <source>Writing the diagnostics file…</source>
        <translation>Gravando o arquivo de diagnóstico…</translation>
    </message>
    <message>
        <source>Saved as %1. It contains no passwords or tokens; send it to OpenCX support.</source>
        <translation>Salvo como %1. Ele não contém senhas nem tokens (chaves de acesso); envie-o para o suporte da OpenCX.</translation>
    </message>
</context>
<context>
    <name>gui.pages.test_checklist</name>
    <message>
        <source>Looking up your HubSpot inboxes…</source>
        <translation>Buscando suas caixas de entrada da HubSpot…</translation>
    </message>
    <message>
        <source>Checking whether Autopilot is on…</source>
        <translation>Verificando se o Autopilot está ativado…</translation>
    </message>
    <message>
        <source>✓ Autopilot is on for %1.</source>
        <translation>✓ O Autopilot está ativado para %1.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1: OpenCX will store the conversation but the AI will not reply, so the test stops at the AI reply. Turn it on first.</source>
        <translation>O Autopilot está desativado para %1: o OpenCX vai guardar a conversa, mas a IA não vai responder, então o teste para na resposta da IA. Ative-o primeiro.</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Iniciar de novo</translation>
    </message>
    <message>
        <source>&amp;Start the test</source>
        <translation>&amp;Iniciar o teste</translation>
    </message>
    <message>
        <source>Send an email to %1 (HubSpot inbox “%2”).</source>
        <translation>Envie um e-mail para %1 (caixa de entrada “%2” da HubSpot).</translation>
    </message>
    <message>
        <source>Open %1 and write in its chat window (HubSpot inbox “%2”).</source>
        <translation>Abra %1 e escreva na janela de chat (caixa de entrada “%2” da HubSpot).</translation>
    </message>
    <message>
        <source>Checking Autopilot…</source>
        <translation>Verificando o Autopilot…</translation>
    </message>
    <message>
        <source>HubSpot lists no inboxes for this portal. Connect an email address or the chat widget to a HubSpot inbox first (in HubSpot: Settings → Inboxes).</source>
        <translation>A HubSpot não mostra nenhuma caixa de entrada nesta conta. Primeiro conecte um endereço de e-mail ou o widget de chat a uma caixa de entrada da HubSpot (na HubSpot: Configurações → Caixas de entrada).</translation>
    </message>
    <message>
        <source>no channels connected</source>
        <translation>nenhum canal conectado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an inbox: its channels</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your HubSpot inboxes and their channels:</source>
        <translation>Suas caixas de entrada da HubSpot e os canais delas:</translation>
    </message>
    <message>
        <source>The inboxes could not be listed. Use any HubSpot inbox address you know.</source>
        <translation>Não foi possível listar as caixas de entrada. Use qualquer endereço de caixa de entrada da HubSpot que você conheça.</translation>
    </message>
    <message>
        <source>Turning Autopilot on…</source>
        <translation>Ativando o Autopilot…</translation>
    </message>
    <message>
        <source>Following the test message…</source>
        <translation>Acompanhando a mensagem de teste…</translation>
    </message>
    <message>
        <source>Watching for another message…</source>
        <translation>Aguardando outra mensagem…</translation>
    </message>
    <message>
        <source>The practice customer is sending the message…</source>
        <translation>O cliente de prática está enviando a mensagem…</translation>
    </message>
    <message>
        <source>Asking OpenCX to hand the conversation to a person…</source>
        <translation>Pedindo ao OpenCX para passar a conversa a uma pessoa…</translation>
    </message>
</context>
<context>
    <name>gui.pages.workflow_actions</name>
    <message>
        <source>Use Check again.</source>
        <translation>Clique em Verificar novamente.</translation>
    </message>
    <message>
        <source>Asking OpenCX which actions are installed…</source>
        <translation>Perguntando ao OpenCX quais ações estão instaladas…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.browser_attempt</name>
    <message>
        <source>Opening your browser…</source>
        <translation>Abrindo seu navegador…</translation>
    </message>
    <message>
        <source>Finish in your browser. This window continues on its own.</source>
        <translation>Conclua no seu navegador. Esta janela continua sozinha.</translation>
    </message>
    <message>
        <source>Almost done: confirming with OpenCX…</source>
        <translation>Quase pronto: confirmando com o OpenCX…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>Não funcionou.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel waiting for the browser</source>
        <translation>Parar de esperar pelo navegador</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Address opened in your browser</source>
        <translation>Endereço aberto no seu navegador</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>Copiar &amp;link</translation>
    </message>
    <message>
        <source>Copies the address for a browser</source>
        <translation>Copia o endereço para usar em um navegador</translation>
    </message>
    <message>
        <source>Open a&amp;gain</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>Opens the address in the browser again</source>
        <translation>Abre o endereço no navegador novamente</translation>
    </message>
    <message>
        <source>Having trouble?</source>
        <translation>Algum problema?</translation>
    </message>
    <message>
        <source>If the browser did not open, use Copy link and paste it into your browser. If the browser shows an error page or nothing happens after you approved, copy the full address from the browser&apos;s address bar and paste it here.</source>
        <translation>Se o navegador não abriu, use Copiar link e cole o endereço no navegador. Se o navegador mostrar uma página de erro ou nada acontecer depois da sua aprovação, copie o endereço completo da barra de endereços do navegador e cole-o aqui.</translation>
    </message>
    <message>
        <source>Address from the browser&apos;s address bar</source>
        <translation>Endereço da barra de endereços do navegador</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>&amp;Usar este endereço</translation>
    </message>
    <message>
        <source>Uses the pasted address</source>
        <translation>Usa o endereço colado</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Tempo restante: %1:%2</translation>
    </message>
</context>
<context>
    <name>gui.widgets.channel_choice</name>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
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
        <translation>Lista de verificação da mensagem de teste</translation>
    </message>
</context>
<context>
    <name>gui.widgets.connected_card</name>
    <message>
        <source>%1 (portal %2)</source>
        <translation>%1 (conta %2)</translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation>conta %1</translation>
    </message>
    <message>
        <source>You have not sent a test message yet: you can run the test any time from this assistant.</source>
        <translation>Você ainda não enviou uma mensagem de teste: pode fazer o teste a qualquer momento neste assistente.</translation>
    </message>
    <message>
        <source>Your test message went all the way through.</source>
        <translation>Sua mensagem de teste passou por todas as etapas.</translation>
    </message>
    <message>
        <source>The test message did not finish: you can run it again from this assistant.</source>
        <translation>O teste não terminou: você pode fazê-lo de novo neste assistente.</translation>
    </message>
    <message>
        <source>You&apos;re connected</source>
        <translation>Você está conectado</translation>
    </message>
    <message>
        <source>Open HubSpot &amp;inbox</source>
        <translation>&amp;Abrir a caixa de entrada da HubSpot</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s conversations inbox in HubSpot, in your browser</source>
        <translation>Abre no seu navegador a caixa de entrada de conversas da conta na HubSpot</translation>
    </message>
    <message>
        <source>OpenCX now works on the HubSpot conversations of %1, and answers them on the channels where Autopilot is on.</source>
        <translation>O OpenCX agora cuida das conversas da HubSpot de %1 e responde a elas nos canais em que o Autopilot está ativado.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.connection_action</name>
    <message>
        <source>Nothing changed: OpenCX stays with %1.</source>
        <translation>Nada mudou: o OpenCX continua com %1.</translation>
    </message>
    <message>
        <source>OpenCX now uses %1. Choose who the AI posts as there (Change who the AI posts as).</source>
        <translation>O OpenCX agora usa %1. Escolha o remetente da IA nessa conta (Alterar o remetente da IA).</translation>
    </message>
    <message>
        <source>Moving OpenCX to %1…</source>
        <translation>Mudando o OpenCX para %1…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.consent_help</name>
    <message>
        <source>Once it is fixed, click Cancel here and connect again.</source>
        <translation>Depois de resolver, clique em Cancelar aqui e conecte novamente.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.disconnect_dialog</name>
    <message>
        <source>Disconnect HubSpot</source>
        <translation>Desconectar a HubSpot</translation>
    </message>
    <message>
        <source>What disconnecting %1 does:</source>
        <translation>O que acontece ao desconectar %1:</translation>
    </message>
    <message>
        <source>To confirm, type %1 below.</source>
        <translation>Para confirmar, digite %1 abaixo.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Type %1 in capitals to confirm.</source>
        <translation>Digite %1 em maiúsculas para confirmar.</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot…</source>
        <translation>Desconectando a HubSpot…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual ao deste computador</translation>
    </message>
</context>
<context>
    <name>gui.widgets.portal_report</name>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Bom saber</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>What could be seen in the HubSpot portal</source>
        <translation>O que foi possível ver na conta da HubSpot</translation>
    </message>
    <message>
        <source>What HubSpot shows about this portal</source>
        <translation>O que a HubSpot mostra sobre esta conta</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Ve&amp;rificar novamente</translation>
    </message>
    <message>
        <source>Reads the portal again</source>
        <translation>Lê a conta novamente</translation>
    </message>
    <message>
        <source>Reading the portal from HubSpot…</source>
        <translation>Lendo a conta na HubSpot…</translation>
    </message>
    <message>
        <source>What HubSpot shows about portal %1</source>
        <translation>O que a HubSpot mostra sobre a conta %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
</context>
<context>
    <name>gui.widgets.problem_banner</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalhes</translation>
    </message>
    <message>
        <source>Details for OpenCX support</source>
        <translation>Detalhes para o suporte da OpenCX</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Dis&amp;pensar</translation>
    </message>
    <message>
        <source>Dismiss the problem</source>
        <translation>Dispensar o problema</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalhes técnicos</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Ocultar &amp;detalhes</translation>
    </message>
</context>
<context>
    <name>gui.widgets.signature_editor</name>
    <message>
        <source>Image from %1</source>
        <translation>Imagem de %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Kind regards,
The Acme team</source>
        <translation>Atenciosamente,
Equipe Acme</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrito</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Itálico</translation>
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
        <translation>Quebra de linha</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>I&amp;magem…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>This signature has layout the editor cannot change (such as a table or colours). Change it in its HTML, below.</source>
        <translation>Esta assinatura tem um layout que o editor não consegue alterar (como uma tabela ou cores). Altere-o no HTML, abaixo.</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Adicionar um link</translation>
    </message>
    <message>
        <source>&amp;Address the link opens</source>
        <translation>&amp;Endereço que o link abre</translation>
    </message>
    <message>
        <source>&amp;Text to show</source>
        <translation>&amp;Texto exibido</translation>
    </message>
    <message>
        <source>Add an image</source>
        <translation>Adicionar uma imagem</translation>
    </message>
    <message>
        <source>Image &amp;address</source>
        <translation>&amp;Endereço da imagem</translation>
    </message>
    <message>
        <source>&amp;Description (read aloud, and shown when images are off)</source>
        <translation>&amp;Descrição (lida em voz alta e exibida quando as imagens estão desativadas)</translation>
    </message>
    <message>
        <source>The image must be on the web already (for example your website&apos;s logo). Email programs load it from there; this window does not.</source>
        <translation>A imagem já precisa estar na web (por exemplo, o logotipo do seu site). Os programas de e-mail a carregam de lá; esta janela não.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.signature_preview</name>
    <message>
        <source>Signature preview</source>
        <translation>Pré-visualização da assinatura</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>a internet</translation>
    </message>
    <message>
        <source>[image from %1: not loaded in this preview]</source>
        <translation>[imagem de %1: não carregada nesta pré-visualização]</translation>
    </message>
</context>
<context>
    <name>gui.widgets.step_rail</name>
    <message>
        <source>not done</source>
        <translation>não concluída</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>etapa atual</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>needs your attention</source>
        <translation>precisa da sua atenção</translation>
    </message>
    <message>
        <source>Step %1: %2, %3</source>
        <translation>Etapa %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>gui.widgets.teammate_picker</name>
    <message>
        <source>chosen</source>
        <translation>escolhido</translation>
    </message>
    <message>
        <source>%1 (HubSpot owner %2)</source>
        <translation>%1 (proprietário %2 na HubSpot)</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Pesquisar por nome ou e-mail</translation>
    </message>
    <message>
        <source>Search teammates</source>
        <translation>Pesquisar membros da equipe</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Membros da equipe</translation>
    </message>
    <message>
        <source>Click a teammate, or press Enter, to pick</source>
        <translation>Clique em um membro da equipe ou pressione Enter para escolher</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Carregando os membros da equipe da HubSpot…</translation>
    </message>
    <message>
        <source>No teammates loaded yet.</source>
        <translation>Nenhum membro da equipe carregado ainda.</translation>
    </message>
    <message>
        <source>1 teammate: click to choose</source>
        <translation>1 membro da equipe: clique para escolher</translation>
    </message>
    <message numerus="yes">
        <source>%n teammates: click one to choose</source>
        <translation>
            <numerusform>%n membro da equipe: clique em um para escolher</numerusform>
            <numerusform>%n membros da equipe: clique em um para escolher</numerusform>
        </translation>
    </message>
    <message>
        <source>No teammate matches your search.</source>
        <translation>Nenhum membro da equipe corresponde à sua pesquisa.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n teammates match</source>
        <translation>
            <numerusform>%1 de %n membro da equipe corresponde</numerusform>
            <numerusform>%1 de %n membros da equipe correspondem</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · some may be missing: the list was cut short</source>
        <translation>%1 · pode faltar alguém: a lista foi cortada</translation>
    </message>
    <message>
        <source>The list of teammates ended before everyone was read. If the person you need is not listed, try again later.</source>
        <translation>A lista de membros da equipe terminou antes de todos serem lidos. Se a pessoa que você procura não aparecer, tente novamente mais tarde.</translation>
    </message>
</context>
<context>
    <name>gui.wizard</name>
    <message>
        <source>Setup steps</source>
        <translation>Etapas da configuração</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Modo de prática</translation>
    </message>
    <message>
        <source>Nothing here touches a real HubSpot portal or OpenCX account.</source>
        <translation>Nada aqui afeta uma conta real da HubSpot ou do OpenCX.</translation>
    </message>
    <message>
        <source>Practice mode: nothing here touches a real HubSpot portal or OpenCX account. (%1)</source>
        <translation>Modo de prática: nada aqui afeta uma conta real da HubSpot ou do OpenCX. (%1)</translation>
    </message>
    <message>
        <source>Practice mode: nothing here touches a real HubSpot portal or OpenCX account.</source>
        <translation>Modo de prática: nada aqui afeta uma conta real da HubSpot ou do OpenCX.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel what is running</source>
        <translation>Cancelar o que está em andamento</translation>
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
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto m&amp;enor</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamanho &amp;normal do texto</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Sobre o %1</translation>
    </message>
    <message>
        <source>&amp;Close (your progress is kept)</source>
        <translation>&amp;Fechar (seu progresso é mantido)</translation>
    </message>
    <message>
        <source>Text size, Language, About, Close</source>
        <translation>Tamanho do texto, Idioma, Sobre, Fechar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>Co&amp;ntinuar</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Sobre o %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Connects a HubSpot portal to OpenCX, the AI customer-support platform, through the same settings as the OpenCX dashboard.</source>
        <translation>Conecta uma conta da HubSpot ao OpenCX, a plataforma de atendimento ao cliente com IA, usando as mesmas configurações do painel do OpenCX.</translation>
    </message>
    <message>
        <source>Open the page about version %1</source>
        <translation>Abrir a página sobre a versão %1</translation>
    </message>
    <message>
        <source>Opening where you left off…</source>
        <translation>Abrindo onde você parou…</translation>
    </message>
    <message>
        <source>Welcome back. HubSpot is connected; here is its status.</source>
        <translation>Que bom ter você de volta. A HubSpot está conectada; veja o status abaixo.</translation>
    </message>
    <message>
        <source>Welcome back. For your security, sign in to OpenCX again; then you carry on where you left off.</source>
        <translation>Que bom ter você de volta. Para sua segurança, entre no OpenCX novamente; depois você continua de onde parou.</translation>
    </message>
    <message>
        <source>Welcome back. You are where you left off: %1.</source>
        <translation>Que bom ter você de volta. Você está onde parou: %1.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Etapa %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>C&amp;oncluído</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Concl&amp;uir</translation>
    </message>
    <message>
        <source>No browser could be opened on this computer, so the address was copied: paste it into your browser&apos;s address bar. %1</source>
        <translation>Nenhum navegador pôde ser aberto neste computador, então o endereço foi copiado: cole-o na barra de endereços do navegador. %1</translation>
    </message>
    <message>
        <source>Saved. The next time it opens, the assistant uses the language of this computer.</source>
        <translation>Salvo. Da próxima vez que abrir, o assistente usará o idioma deste computador.</translation>
    </message>
    <message>
        <source>Saved. The next time it opens, the assistant speaks %1.</source>
        <translation>Salvo. Da próxima vez que abrir, o assistente falará %1.</translation>
    </message>
</context>
<context>
    <name>sandbox.hubspot</name>
    <message>
        <source>Know which HubSpot account you connect</source>
        <translation>Saber qual conta da HubSpot você conecta</translation>
    </message>
    <message>
        <source>Read conversations in your inboxes</source>
        <translation>Ler as conversas nas suas caixas de entrada</translation>
    </message>
    <message>
        <source>Reply in conversations and add notes</source>
        <translation>Responder nas conversas e adicionar notas</translation>
    </message>
    <message>
        <source>View and update tickets</source>
        <translation>Ver e atualizar tickets</translation>
    </message>
    <message>
        <source>View contacts</source>
        <translation>Ver contatos</translation>
    </message>
    <message>
        <source>Create and update contacts</source>
        <translation>Criar e atualizar contatos</translation>
    </message>
    <message>
        <source>View companies</source>
        <translation>Ver empresas</translation>
    </message>
    <message>
        <source>View deals</source>
        <translation>Ver negócios</translation>
    </message>
    <message>
        <source>See your teammates (owners)</source>
        <translation>Ver os membros da sua equipe (proprietários)</translation>
    </message>
    <message>
        <source>Upload and view files</source>
        <translation>Enviar e ver arquivos</translation>
    </message>
    <message>
        <source>View lists</source>
        <translation>Ver listas</translation>
    </message>
    <message>
        <source>Add OpenCX actions to your workflows</source>
        <translation>Adicionar ações do OpenCX aos seus fluxos de trabalho</translation>
    </message>
</context>
<context>
    <name>sandbox.hubspot_routes</name>
    <message>
        <source>This link is not valid</source>
        <translation>Este link não é válido</translation>
    </message>
    <message>
        <source>The app that sent you here is not set up correctly. Close this tab.</source>
        <translation>O aplicativo que trouxe você até aqui não está configurado corretamente. Feche esta guia.</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Escolha uma conta</translation>
    </message>
    <message>
        <source>Go back and pick the HubSpot account to connect.</source>
        <translation>Volte e escolha a conta da HubSpot que será conectada.</translation>
    </message>
</context>
<context>
    <name>sandbox.pages</name>
    <message>
        <source>Practice sandbox</source>
        <translation>Sandbox de prática</translation>
    </message>
    <message>
        <source>Sign in to OpenCX</source>
        <translation>Entrar no OpenCX</translation>
    </message>
    <message>
        <source>The HubSpot setup assistant asks to use your OpenCX account for &lt;strong&gt;%1&lt;/strong&gt;.</source>
        <translation>O assistente de configuração da HubSpot pede para usar sua conta do OpenCX para &lt;strong&gt;%1&lt;/strong&gt;.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Login efetuado como %1 (%2).</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Entrar como %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>OpenCX practice sign-in</source>
        <translation>Login de prática no OpenCX</translation>
    </message>
    <message>
        <source>(account %1)</source>
        <translation>(conta %1)</translation>
    </message>
    <message>
        <source>Connect OpenCX to HubSpot</source>
        <translation>Conectar o OpenCX à HubSpot</translation>
    </message>
    <message>
        <source>Choose the HubSpot account</source>
        <translation>Escolha a conta da HubSpot</translation>
    </message>
    <message>
        <source>OpenCX will be able to:</source>
        <translation>O OpenCX poderá:</translation>
    </message>
    <message>
        <source>Connect app</source>
        <translation>Conectar aplicativo</translation>
    </message>
    <message>
        <source>HubSpot practice consent</source>
        <translation>Consentimento de prática da HubSpot</translation>
    </message>
    <message>
        <source>Insufficient scopes were provided</source>
        <translation>Foram fornecidos escopos insuficientes</translation>
    </message>
    <message>
        <source>Your user doesn&apos;t have access to all of the scopes this app requires. Contact a super admin of this account.</source>
        <translation>Seu usuário não tem acesso a todos os escopos que este aplicativo exige. Entre em contato com um superadministrador desta conta.</translation>
    </message>
    <message>
        <source>This account doesn&apos;t have access to some HubSpot features that are required by this app</source>
        <translation>Esta conta não tem acesso a alguns recursos da HubSpot exigidos por este aplicativo</translation>
    </message>
    <message>
        <source>Choose another account, or contact the app&apos;s developer.</source>
        <translation>Escolha outra conta ou entre em contato com o desenvolvedor do aplicativo.</translation>
    </message>
    <message>
        <source>You don&apos;t have permission to install apps</source>
        <translation>Você não tem permissão para instalar aplicativos</translation>
    </message>
    <message>
        <source>Only super admins and users with App Marketplace Access can install apps in this account. Contact a super admin.</source>
        <translation>Somente superadministradores e usuários com Acesso ao marketplace de aplicativos podem instalar aplicativos nesta conta. Entre em contato com um superadministrador.</translation>
    </message>
    <message>
        <source>Practice customer</source>
        <translation>Cliente de prática</translation>
    </message>
    <message>
        <source>Scenario: &lt;strong&gt;%1&lt;/strong&gt;</source>
        <translation>Cenário: &lt;strong&gt;%1&lt;/strong&gt;</translation>
    </message>
    <message>
        <source>Sent. Watch the checklist.</source>
        <translation>Enviado. Acompanhe a lista de verificação.</translation>
    </message>
    <message>
        <source>Could not send the message.</source>
        <translation>Não foi possível enviar a mensagem.</translation>
    </message>
    <message>
        <source>Send the test message a customer would send. Start the live checklist in the assistant first.</source>
        <translation>Envie a mensagem de teste que um cliente enviaria. Antes, inicie a lista de verificação ao vivo no assistente.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat on the website</source>
        <translation>Chat no site</translation>
    </message>
    <message>
        <source>Send a test message as a customer</source>
        <translation>Enviar uma mensagem de teste como cliente</translation>
    </message>
    <message>
        <source>%1 (internal note)</source>
        <translation>%1 (nota interna)</translation>
    </message>
</context>
<context>
    <name>sandbox.signin_routes</name>
    <message>
        <source>This sign-in link is not valid</source>
        <translation>Este link de login não é válido</translation>
    </message>
    <message>
        <source>The application that sent you here is not known to OpenCX. Close this tab and start the sign-in again from the assistant.</source>
        <translation>O aplicativo que trouxe você até aqui não é conhecido pelo OpenCX. Feche esta guia e inicie o login novamente pelo assistente.</translation>
    </message>
    <message>
        <source>This sign-in was already answered</source>
        <translation>Este pedido de login já foi respondido</translation>
    </message>
    <message>
        <source>Go back to the assistant and start the sign-in again.</source>
        <translation>Volte ao assistente e inicie o login novamente.</translation>
    </message>
</context>
<context>
    <name>sandbox.viewer_routes</name>
    <message>
        <source>No such conversation</source>
        <translation>Conversa não encontrada</translation>
    </message>
    <message>
        <source>This practice conversation does not exist.</source>
        <translation>Esta conversa de prática não existe.</translation>
    </message>
    <message>
        <source>HubSpot conversation</source>
        <translation>Conversa da HubSpot</translation>
    </message>
    <message>
        <source>The practice portal&apos;s inbox: this thread&apos;s messages.</source>
        <translation>A caixa de entrada da conta de prática: as mensagens desta conversa.</translation>
    </message>
    <message>
        <source>No such ticket</source>
        <translation>Ticket não encontrado</translation>
    </message>
    <message>
        <source>This practice ticket does not exist.</source>
        <translation>Este ticket de prática não existe.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Atribuído a</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>HubSpot ticket</source>
        <translation>Ticket da HubSpot</translation>
    </message>
    <message>
        <source>The ticket OpenCX&apos;s handoff created.</source>
        <translation>O ticket criado pela transferência do OpenCX.</translation>
    </message>
    <message>
        <source>No such session</source>
        <translation>Sessão não encontrada</translation>
    </message>
    <message>
        <source>This practice session does not exist.</source>
        <translation>Esta sessão de prática não existe.</translation>
    </message>
    <message>
        <source>OpenCX session</source>
        <translation>Sessão do OpenCX</translation>
    </message>
    <message>
        <source>The practice OpenCX inbox: the session made from the HubSpot conversation.</source>
        <translation>A caixa de entrada de prática do OpenCX: a sessão criada a partir da conversa da HubSpot.</translation>
    </message>
</context>
<context>
    <name>services.bounded_read</name>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>Não é possível ler %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not a regular file (%2)</source>
        <translation>%1 não é um arquivo comum (%2)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB</source>
        <translation>%1 é maior que %2 KiB</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n byte(s)</source>
        <translation>
            <numerusform>%1 é maior que %n byte</numerusform>
            <numerusform>%1 é maior que %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>uma pasta</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>um pipe nomeado</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>um dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>um link simbólico</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>não é um arquivo comum</translation>
    </message>
</context>
<context>
    <name>services.browser_flow</name>
    <message>
        <source>Almost done</source>
        <translation>Quase pronto</translation>
    </message>
    <message>
        <source>The answer arrived and the assistant is finishing the setup.</source>
        <translation>A resposta chegou e o assistente está concluindo a configuração.</translation>
    </message>
    <message>
        <source>Return to the app to see the result.</source>
        <translation>Volte ao aplicativo para ver o resultado.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>Return to the app: it explains what happened and lets you try again.</source>
        <translation>Volte ao aplicativo: ele explica o que aconteceu e permite tentar novamente.</translation>
    </message>
    <message>
        <source>The assistant could not finish this step.</source>
        <translation>O assistente não conseguiu concluir esta etapa.</translation>
    </message>
    <message>
        <source>You stopped waiting for the browser.</source>
        <translation>Você parou de esperar pelo navegador.</translation>
    </message>
    <message>
        <source>A new attempt replaced this one.</source>
        <translation>Uma nova tentativa substituiu esta.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompido.</translation>
    </message>
    <message>
        <source>An answer from an earlier browser tab was ignored. Finish in the newest tab.</source>
        <translation>Uma resposta de uma guia anterior do navegador foi ignorada. Conclua na guia mais recente.</translation>
    </message>
</context>
<context>
    <name>services.errors</name>
    <message>
        <source>Your network is blocking the connection</source>
        <translation>Sua rede está bloqueando a conexão</translation>
    </message>
    <message>
        <source>A proxy or security software on this network stopped the connection to %1, or changed it so it could not be trusted.</source>
        <translation>Um proxy ou software de segurança desta rede interrompeu a conexão com %1 ou a alterou de forma que ela não é mais confiável.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach %1, or try another network.</source>
        <translation>Peça à sua equipe de TI para permitir que este assistente acesse %1 ou tente outra rede.</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 não respondeu a tempo</translation>
    </message>
    <message>
        <source>%1 took too long to answer.</source>
        <translation>%1 demorou demais para responder.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Verifique sua conexão com a internet e tente novamente. Se continuar acontecendo, exporte o arquivo de diagnóstico para o suporte.</translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation>Não é possível acessar %1</translation>
    </message>
    <message>
        <source>This computer could not connect to %1, or the connection was interrupted.</source>
        <translation>Este computador não conseguiu se conectar a %1, ou a conexão foi interrompida.</translation>
    </message>
    <message>
        <source>Check that you are online, then try again.</source>
        <translation>Verifique se você está on-line e tente novamente.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy needs a sign-in</source>
        <translation>O proxy da sua rede exige login</translation>
    </message>
    <message>
        <source>A proxy on this network asked for a password before letting the assistant through.</source>
        <translation>Um proxy desta rede pediu uma senha antes de deixar o assistente passar.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach OpenCX without a proxy sign-in.</source>
        <translation>Peça à sua equipe de TI para permitir que este assistente acesse o OpenCX sem login no proxy.</translation>
    </message>
    <message>
        <source>You are not an OpenCX owner or admin</source>
        <translation>Você não é proprietário nem administrador do OpenCX</translation>
    </message>
    <message>
        <source>Only owners and admins of your OpenCX organization can change integrations.</source>
        <translation>Somente proprietários e administradores da sua organização no OpenCX podem alterar integrações.</translation>
    </message>
    <message>
        <source>Ask an owner of your OpenCX organization to make you an admin, or to run this setup.</source>
        <translation>Peça a um proprietário da sua organização no OpenCX para tornar você administrador ou para fazer esta configuração.</translation>
    </message>
    <message>
        <source>HubSpot says the private app does not have these scopes: %1.</source>
        <translation>A HubSpot informa que o aplicativo privado não tem estes escopos: %1.</translation>
    </message>
    <message>
        <source>HubSpot says the private app does not have these scopes: (not listed).</source>
        <translation>A HubSpot informa que o aplicativo privado não tem estes escopos: (não listados).</translation>
    </message>
    <message>
        <source>The private app is missing permissions</source>
        <translation>Faltam permissões no aplicativo privado</translation>
    </message>
    <message>
        <source>HubSpot does not accept this token</source>
        <translation>A HubSpot não aceita este token</translation>
    </message>
    <message>
        <source>HubSpot did not accept the private app token.</source>
        <translation>A HubSpot não aceitou o token do aplicativo privado.</translation>
    </message>
    <message>
        <source>OpenCX did not accept this value.</source>
        <translation>O OpenCX não aceitou este valor.</translation>
    </message>
    <message>
        <source>OpenCX did not accept this</source>
        <translation>O OpenCX não aceitou isto</translation>
    </message>
    <message>
        <source>OpenCX did not accept one of the values.</source>
        <translation>O OpenCX não aceitou um dos valores.</translation>
    </message>
    <message>
        <source>Correct what the message names and try again.</source>
        <translation>Corrija o que a mensagem indica e tente novamente.</translation>
    </message>
    <message>
        <source>OpenCX refused the change because of the current setup.</source>
        <translation>O OpenCX recusou a alteração por causa da configuração atual.</translation>
    </message>
    <message>
        <source>Reload the page to see the current state, then try again.</source>
        <translation>Recarregue a página para ver o estado atual e tente novamente.</translation>
    </message>
    <message>
        <source>That approval has expired</source>
        <translation>Essa aprovação expirou</translation>
    </message>
    <message>
        <source>OpenCX did not take the approval that came back from the browser: it was too old, was already used, or was not one OpenCX gave out.</source>
        <translation>O OpenCX não aceitou a aprovação que voltou do navegador: ela era antiga demais, já tinha sido usada ou não foi emitida pelo OpenCX.</translation>
    </message>
    <message>
        <source>Start again; approve in the browser within 10 minutes.</source>
        <translation>Comece de novo e aprove no navegador em até 10 minutos.</translation>
    </message>
    <message>
        <source>OpenCX asks to slow down</source>
        <translation>O OpenCX pede para ir mais devagar</translation>
    </message>
    <message>
        <source>Too many requests were sent to OpenCX in a short time.</source>
        <translation>Foram enviadas muitas solicitações ao OpenCX em pouco tempo.</translation>
    </message>
    <message>
        <source>HubSpot did not answer OpenCX</source>
        <translation>A HubSpot não respondeu ao OpenCX</translation>
    </message>
    <message>
        <source>OpenCX asked HubSpot for information, and HubSpot refused or failed.</source>
        <translation>O OpenCX pediu informações à HubSpot, e a HubSpot recusou ou falhou.</translation>
    </message>
    <message>
        <source>%1 is having trouble</source>
        <translation>%1 está com problemas</translation>
    </message>
    <message>
        <source>%1 could not finish this request because of a problem on its side.</source>
        <translation>%1 não conseguiu concluir esta solicitação por causa de um problema no próprio serviço.</translation>
    </message>
    <message>
        <source>OpenCX refused the request</source>
        <translation>O OpenCX recusou a solicitação</translation>
    </message>
    <message>
        <source>The OpenCX API key you signed in with is limited to some permissions, and this step needs more. OpenCX says it is missing the permission “%1”.</source>
        <translation>A chave de API do OpenCX que você usou para entrar está limitada a algumas permissões, e esta etapa precisa de mais. O OpenCX informa que falta a permissão “%1”.</translation>
    </message>
    <message>
        <source>The OpenCX API key you signed in with is limited to some permissions, and this step needs more. Setting up the HubSpot integration needs a key with full access.</source>
        <translation>A chave de API do OpenCX que você usou para entrar está limitada a algumas permissões, e esta etapa precisa de mais. Para configurar a integração com a HubSpot, é preciso uma chave com acesso total.</translation>
    </message>
    <message>
        <source>This OpenCX API key is not allowed to do this</source>
        <translation>Esta chave de API do OpenCX não tem permissão para fazer isso</translation>
    </message>
    <message>
        <source>In OpenCX, open Settings → Access (%1), create an API key with full access, then sign in with that key instead.</source>
        <translation>No OpenCX, abra “Settings → Access” (%1), crie uma chave de API com acesso total e entre com essa chave.</translation>
    </message>
    <message>
        <source>HubSpot is not connected</source>
        <translation>A HubSpot não está conectada</translation>
    </message>
    <message>
        <source>HubSpot is already connected</source>
        <translation>A HubSpot já está conectada</translation>
    </message>
    <message>
        <source>HubSpot needs you to reconnect</source>
        <translation>A HubSpot precisa que você reconecte</translation>
    </message>
    <message>
        <source>There is already a signature for this domain</source>
        <translation>Já existe uma assinatura para este domínio</translation>
    </message>
    <message>
        <source>This does not fit the current setup</source>
        <translation>Isso não combina com a configuração atual</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Tente novamente. Se continuar acontecendo, exporte o arquivo de diagnóstico para o suporte.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, export diagnostics for support.</source>
        <translation>Tente novamente em alguns minutos. Se continuar acontecendo, exporte o arquivo de diagnóstico para o suporte.</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation>Aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <source>Copy the token again from the private app&apos;s Auth tab in HubSpot.</source>
        <translation>Copie o token novamente na guia Autenticação do aplicativo privado na HubSpot.</translation>
    </message>
    <message>
        <source>In HubSpot, open the private app&apos;s Scopes tab, tick the missing scopes, commit the changes, then try again.</source>
        <translation>Na HubSpot, abra a guia Escopos do aplicativo privado, marque os escopos que faltam, confirme as alterações e tente novamente.</translation>
    </message>
    <message>
        <source>HubSpot did not accept the private app token. It may have been rotated or deleted.</source>
        <translation>A HubSpot não aceitou o token do aplicativo privado. Talvez ele tenha sido trocado ou excluído.</translation>
    </message>
    <message>
        <source>HubSpot refused the private app</source>
        <translation>A HubSpot recusou o aplicativo privado</translation>
    </message>
    <message>
        <source>HubSpot knows the token but refused the request: the HubSpot user who created the private app no longer has access to this portal.</source>
        <translation>A HubSpot reconhece o token, mas recusou a solicitação: o usuário da HubSpot que criou o aplicativo privado não tem mais acesso a esta conta.</translation>
    </message>
    <message>
        <source>Ask a HubSpot super admin to give that user their access back (Settings → Users &amp; Teams), then try again. If that user is gone for good, connect with HubSpot instead of the legacy app.</source>
        <translation>Peça a um superadministrador da HubSpot para devolver o acesso a esse usuário (Configurações → Usuários e equipes) e tente novamente. Se esse usuário saiu de vez, conecte com a HubSpot em vez de usar o aplicativo legado.</translation>
    </message>
    <message>
        <source>HubSpot refused the request because the private app lacks a scope: %1.</source>
        <translation>A HubSpot recusou a solicitação porque falta um escopo no aplicativo privado: %1.</translation>
    </message>
    <message>
        <source>HubSpot refused the request because the private app lacks a scope.</source>
        <translation>A HubSpot recusou a solicitação porque falta um escopo no aplicativo privado.</translation>
    </message>
    <message>
        <source>HubSpot asks to slow down</source>
        <translation>A HubSpot pede para ir mais devagar</translation>
    </message>
    <message>
        <source>Too many requests were sent to HubSpot in a short time (the daily limit was reached).</source>
        <translation>Foram enviadas muitas solicitações à HubSpot em pouco tempo (o limite diário foi atingido).</translation>
    </message>
    <message>
        <source>Too many requests were sent to HubSpot in a short time.</source>
        <translation>Foram enviadas muitas solicitações à HubSpot em pouco tempo.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach HubSpot.</source>
        <translation>Peça à sua equipe de TI para permitir que este assistente acesse a HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot is moving this account</source>
        <translation>A HubSpot está mudando esta conta de lugar</translation>
    </message>
    <message>
        <source>HubSpot is moving this portal&apos;s data to another data centre and refuses changes until it is done.</source>
        <translation>A HubSpot está movendo os dados desta conta para outro data center e recusa alterações até terminar.</translation>
    </message>
    <message>
        <source>Try again later; a move can take up to a day.</source>
        <translation>Tente novamente mais tarde; uma mudança pode levar até um dia.</translation>
    </message>
    <message>
        <source>%1 answered in an unexpected way</source>
        <translation>%1 respondeu de forma inesperada</translation>
    </message>
    <message>
        <source>The answer from %1 was not what the assistant expected.</source>
        <translation>A resposta de %1 não foi a que o assistente esperava.</translation>
    </message>
</context>
<context>
    <name>services.file_writes</name>
    <message>
        <source>The folder %1 cannot be written: it is read-only for you.</source>
        <translation>Não é possível gravar na pasta %1: ela é somente leitura para você.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: it is on a read-only disk.</source>
        <translation>Não é possível gravar na pasta %1: ela está em um disco somente leitura.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: the disk is full.</source>
        <translation>Não é possível gravar na pasta %1: o disco está cheio.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: your disk quota is used up.</source>
        <translation>Não é possível gravar na pasta %1: sua cota de disco acabou.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: a file is in the way of it.</source>
        <translation>Não é possível gravar na pasta %1: um arquivo está no caminho dela.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: %2.</source>
        <translation>Não é possível gravar na pasta %1: %2.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: this computer refused it.</source>
        <translation>Não é possível gravar na pasta %1: o computador recusou.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 não é um arquivo.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 é uma pasta.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 não é um arquivo comum.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n byte(s).</source>
        <translation>
            <numerusform>%1 é maior que %n byte.</numerusform>
            <numerusform>%1 é maior que %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.loopback</name>
    <message>
        <source>Nothing here</source>
        <translation>Nada aqui</translation>
    </message>
    <message>
        <source>This address is not part of the sign-in.</source>
        <translation>Este endereço não faz parte do login.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>The browser sent more than expected.</source>
        <translation>O navegador enviou mais do que o esperado.</translation>
    </message>
    <message>
        <source>The browser sent the answer in an unknown form.</source>
        <translation>O navegador enviou a resposta em um formato desconhecido.</translation>
    </message>
    <message>
        <source>This link has expired</source>
        <translation>Este link expirou</translation>
    </message>
    <message>
        <source>This page belongs to an earlier or different attempt, so it was not used.</source>
        <translation>Esta página pertence a uma tentativa anterior ou diferente, por isso não foi usada.</translation>
    </message>
    <message>
        <source>Go back to the app and finish in the newest browser tab it opened.</source>
        <translation>Volte ao aplicativo e conclua na guia mais recente que ele abriu no navegador.</translation>
    </message>
    <message>
        <source>This took too long</source>
        <translation>Isso demorou demais</translation>
    </message>
    <message>
        <source>The browser did not finish sending the page.</source>
        <translation>O navegador não terminou de enviar a página.</translation>
    </message>
    <message>
        <source>The browser sent an incomplete page.</source>
        <translation>O navegador enviou uma página incompleta.</translation>
    </message>
    <message>
        <source>The address was too long.</source>
        <translation>O endereço era longo demais.</translation>
    </message>
    <message>
        <source>The browser spoke an unknown protocol version.</source>
        <translation>O navegador usou uma versão de protocolo desconhecida.</translation>
    </message>
    <message>
        <source>This attempt was stopped</source>
        <translation>Esta tentativa foi interrompida</translation>
    </message>
    <message>
        <source>The assistant is no longer waiting for this page.</source>
        <translation>O assistente não está mais esperando esta página.</translation>
    </message>
    <message>
        <source>Return to the app to start again.</source>
        <translation>Volte ao aplicativo para começar de novo.</translation>
    </message>
    <message>
        <source>Nothing is waiting for an address right now. Start the sign-in or connect again.</source>
        <translation>Nada está esperando um endereço agora. Inicie o login ou a conexão novamente.</translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar (it starts with http).</source>
        <translation>Cole o endereço completo da barra de endereços do navegador (ele começa com http).</translation>
    </message>
    <message>
        <source>That address belongs to an earlier or different attempt. Paste the address of the newest browser tab.</source>
        <translation>Esse endereço pertence a uma tentativa anterior ou diferente. Cole o endereço da guia mais recente do navegador.</translation>
    </message>
    <message>
        <source>That is not the address of the last page. Copy the address of the page the browser ended on (it starts with %1).</source>
        <translation>Esse não é o endereço da última página. Copie o endereço da página em que o navegador parou (ele começa com %1).</translation>
    </message>
</context>
<context>
    <name>services.opencx_port</name>
    <message>
        <source>You are signed in to OpenCX</source>
        <translation>Você entrou no OpenCX</translation>
    </message>
    <message>
        <source>HubSpot is connected to OpenCX</source>
        <translation>A HubSpot está conectada ao OpenCX</translation>
    </message>
    <message>
        <source>You can close this tab and go back to the setup assistant.</source>
        <translation>Você pode fechar esta guia e voltar ao assistente de configuração.</translation>
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
        <translation>Formulário</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Chamadas</translation>
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
        <translation>Não foi possível salvar o arquivo de diagnóstico</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved</source>
        <translation>Não foi possível salvar o arquivo de diagnóstico</translation>
    </message>
    <message>
        <source>The answers file could not be saved</source>
        <translation>Não foi possível salvar o arquivo de respostas</translation>
    </message>
    <message>
        <source>It could not be written to %1 (%2).</source>
        <translation>Não foi possível gravá-lo em %1 (%2).</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, such as Documents, and try again.</source>
        <translation>Escolha uma pasta em que você possa gravar, como Documentos, e tente novamente.</translation>
    </message>
    <message>
        <source>A folder on this computer cannot be written</source>
        <translation>Não é possível gravar em uma pasta deste computador</translation>
    </message>
    <message>
        <source>Make the folder writable for your user (or free some disk space), then try again; nothing was changed.</source>
        <translation>Permita que seu usuário grave na pasta (ou libere espaço em disco) e tente novamente; nada foi alterado.</translation>
    </message>
    <message>
        <source>A setting cannot be used</source>
        <translation>Uma configuração não pode ser usada</translation>
    </message>
    <message>
        <source>Correct the option, the %1 / %2 variable or the settings file, then start again.</source>
        <translation>Corrija a opção, a variável %1 / %2 ou o arquivo de configurações e comece de novo.</translation>
    </message>
    <message>
        <source>The language could not be kept</source>
        <translation>Não foi possível guardar o idioma</translation>
    </message>
    <message>
        <source>Correct or remove the settings file it names, then choose the language again.</source>
        <translation>Corrija ou remova o arquivo de configurações indicado e escolha o idioma novamente.</translation>
    </message>
    <message>
        <source>Another setup is running</source>
        <translation>Outra configuração está em andamento</translation>
    </message>
    <message>
        <source>Wait until it has finished, then start again; nothing was changed.</source>
        <translation>Aguarde até que ela termine e comece de novo; nada foi alterado.</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Não foi possível iniciar o sandbox</translation>
    </message>
    <message>
        <source>Check the scenario name (%1 lists them).</source>
        <translation>Verifique o nome do cenário (%1 lista os cenários).</translation>
    </message>
    <message>
        <source>The practice customer could not send the message</source>
        <translation>O cliente de prática não conseguiu enviar a mensagem</translation>
    </message>
    <message>
        <source>The built-in practice portal did not accept the test message.</source>
        <translation>A conta de prática integrada não aceitou a mensagem de teste.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the assistant.</source>
        <translation>Tente novamente. Se continuar falhando, reinicie o assistente.</translation>
    </message>
</context>
<context>
    <name>services.progress</name>
    <message>
        <source>Your saved progress could not be read, so the setup starts from the beginning. Nothing in OpenCX or HubSpot was changed.</source>
        <translation>Não foi possível ler seu progresso salvo, então a configuração começa do início. Nada foi alterado no OpenCX nem na HubSpot.</translation>
    </message>
    <message>
        <source>Your saved progress was made by a different version of this assistant, so the setup starts from the beginning. Anything already connected will be found again.</source>
        <translation>Seu progresso salvo foi feito por outra versão deste assistente, então a configuração começa do início. O que já estiver conectado será encontrado novamente.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved in %1 (%2).</source>
        <translation>Não é possível salvar seu progresso em %1 (%2).</translation>
    </message>
</context>
<context>
    <name>services.result_page</name>
    <message>
        <source>en</source>
        <comment>The language code of the browser page (de, fr, es, nl, pt-BR): not a sentence</comment>
        <translation>pt-BR</translation>
    </message>
    <message>
        <source>You can close this tab and return to %1.</source>
        <translation>Você pode fechar esta guia e voltar ao %1.</translation>
    </message>
</context>
<context>
    <name>services.secrets</name>
    <message>
        <source>This computer has no secure password storage that the assistant can use, so your sign-in and tokens are kept only while the assistant is open. You will need to sign in again next time.</source>
        <translation>Este computador não tem um armazenamento seguro de senhas que o assistente possa usar, então seu login e suas chaves de acesso (tokens) ficam guardados só enquanto o assistente estiver aberto. Você vai precisar entrar novamente da próxima vez.</translation>
    </message>
    <message>
        <source>The system keychain refused to store a secret, so it is kept only while the assistant is open. Unlock your keychain and try again to keep it.</source>
        <translation>O cofre de senhas do computador se recusou a guardar um segredo, então ele fica guardado só enquanto o assistente estiver aberto. Desbloqueie o cofre de senhas e tente novamente para mantê-lo.</translation>
    </message>
</context>
<context>
    <name>services.settings</name>
    <message>
        <source>%1 must be a web address such as %2.</source>
        <translation>%1 precisa ser um endereço da web, como %2.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation>%1 não pode conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <source>%1 must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation>%1 não pode conter &apos;?&apos; nem &apos;#&apos;.</translation>
    </message>
    <message>
        <source>%1 must start with https:// (plain http is only allowed for this computer, 127.0.0.1 or localhost).</source>
        <translation>%1 precisa começar com https:// (http simples só é permitido para este computador, 127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <source>%1 has a port that is not a number from 1 to 65535.</source>
        <translation>%1 tem uma porta que não é um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 precisa ser um destes: %2.</translation>
    </message>
    <message>
        <source>The OpenCX URL</source>
        <translation>A URL do OpenCX</translation>
    </message>
    <message>
        <source>The HubSpot API URL</source>
        <translation>A URL da API da HubSpot</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a setting (where it came from)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The assistant does not speak the language “%1”. Use one of %2.</source>
        <translation>O assistente não fala o idioma “%1”. Use um destes: %2.</translation>
    </message>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>O arquivo de configurações %1 não existe.</translation>
    </message>
    <message>
        <source>The settings file %1 is not a file.</source>
        <translation>O arquivo de configurações %1 não é um arquivo.</translation>
    </message>
    <message>
        <source>The settings file %1 is too large to be a settings file (more than %2 KiB).</source>
        <translation>O arquivo de configurações %1 é grande demais para ser um arquivo de configurações (mais de %2 KiB).</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (%2).</source>
        <translation>Não é possível ler o arquivo de configurações %1 (%2).</translation>
    </message>
    <message>
        <source>The settings file %1 is not UTF-8 text; save it as UTF-8.</source>
        <translation>O arquivo de configurações %1 não está em texto UTF-8; salve-o como UTF-8.</translation>
    </message>
    <message>
        <source>The settings file %1 is not valid TOML: %2.</source>
        <translation>O arquivo de configurações %1 não é um TOML válido: %2.</translation>
    </message>
    <message>
        <source>The settings file %1 is nested too deeply.</source>
        <translation>O arquivo de configurações %1 tem níveis aninhados demais.</translation>
    </message>
    <message>
        <source>The settings file %1 has unknown settings: %2. Known: %3.</source>
        <translation>O arquivo de configurações %1 tem configurações desconhecidas: %2. Conhecidas: %3.</translation>
    </message>
    <message>
        <source>In %1, these settings must be text: %2.</source>
        <translation>Em %1, estas configurações precisam ser texto: %2.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>from the %1 environment variable</source>
        <translation>da variável de ambiente %1</translation>
    </message>
</context>
<context>
    <name>services.writer_lock</name>
    <message>
        <source>The setup window is open; close it or wait.</source>
        <translation>A janela de configuração está aberta; feche-a ou aguarde.</translation>
    </message>
    <message>
        <source>Another &quot;apply&quot; command is running (process %1); wait for it to finish.</source>
        <translation>Outro comando “apply” está em execução (processo %1); aguarde até que termine.</translation>
    </message>
    <message>
        <source>Another &quot;apply&quot; command is running; wait for it to finish.</source>
        <translation>Outro comando “apply” está em execução; aguarde até que termine.</translation>
    </message>
    <message>
        <source>Another setup is running for your user; wait for it to finish.</source>
        <translation>Outra configuração está em andamento para o seu usuário; aguarde até que termine.</translation>
    </message>
</context>
</TS>
