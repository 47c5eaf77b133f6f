// GraphiQL (ruru) for analysts: it reuses the login the steward client keeps in
// localStorage (same origin), so nobody pastes a token by hand. Without a
// login, a banner points to the client's login screen.
export const SESSION_STORAGE_KEY = "ear.session";

const sessionScript = `
<script>
  (function () {
    var session = null;
    try { session = JSON.parse(window.localStorage.getItem(${JSON.stringify(SESSION_STORAGE_KEY)}) || "null"); } catch (e) {}
    var live = session && typeof session.token === "string" &&
      (!session.expiresAt || Date.parse(session.expiresAt) > Date.now());
    if (live) {
      RURU_CONFIG.initialHeaders = JSON.stringify({ Authorization: "Bearer " + session.token }, null, 2);
    }
    window.EAR_SESSION = live ? session : null;
  })();
</script>`;

const bannerStyle = `
<style>
  #ear-session-banner {
    position: fixed; right: 12px; bottom: 12px; z-index: 1000;
    font: 13px/1.4 system-ui, sans-serif; padding: 6px 10px; border-radius: 6px;
    background: #1f2937; color: #f9fafb; box-shadow: 0 1px 4px rgba(0,0,0,.3);
  }
  #ear-session-banner a { color: #93c5fd; }
</style>`;

const bannerScript = `
<script>
  (function () {
    var banner = document.getElementById("ear-session-banner");
    var session = window.EAR_SESSION;
    if (session) {
      banner.textContent = "Signed in as " + (session.username || "?") + " (" + (session.role || "?") + ")";
    } else {
      banner.innerHTML = 'Not signed in: queries run as anonymous. <a href="/">Log in</a>, then reload.';
    }
  })();
</script>`;

type Part = (original: string) => string;

export const graphiqlHtmlParts: Record<string, Part> = {
  titleTag: () => "<title>Employer Alias Registry — GraphiQL</title>",
  configScript: (original) => original + sessionScript,
  styleTags: (original) => original + bannerStyle,
  bodyContent: (original) => original + '<div id="ear-session-banner" role="status"></div>',
  bodyScripts: (original) => original + bannerScript,
};
