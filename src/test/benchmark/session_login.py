"""Logs in through the login form (accepting the charter when asked) and prints the session cookie.

    python3 session_login.py http://localhost:8093 an.peeters atrium-demo
"""
import urllib.request, urllib.parse, http.cookiejar, re, sys
base, user, pw = sys.argv[1], sys.argv[2], sys.argv[3]
cj = http.cookiejar.CookieJar()
op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cj))
def form(html, form_id):
    m = re.search(r'<form id="%s"[^>]*action="([^"]+)"(.*?)</form>' % re.escape(form_id), html, re.S)
    action, body = m.group(1), m.group(2)
    fields = {}
    for inp in re.finditer(r'<input([^>]*)>', body):
        a = inp.group(1)
        n = re.search(r'name="([^"]+)"', a); v = re.search(r'value="([^"]*)"', a); t = re.search(r'type="([^"]+)"', a)
        if n and (not t or t.group(1) not in ("submit",)):
            fields[n.group(1)] = v.group(1) if v else ""
    subs = [re.search(r'name="([^"]+)"', i.group(1)).group(1) for i in re.finditer(r'<input([^>]*type="submit"[^>]*)>', body)]
    return action, fields, subs
html = op.open(base + "/identity/login.xhtml").read().decode()
action, f, subs = form(html, "loginForm")
f["loginForm:username"] = user; f["loginForm:password"] = pw
f[subs[0]] = "x"
r = op.open(urllib.parse.urljoin(base, action), urllib.parse.urlencode(f).encode())
html = r.read().decode()
if "charterForm" in html:
    action, f, subs = form(html, "charterForm")
    f[[s for s in subs if "accept" in s][0]] = "x"
    op.open(urllib.parse.urljoin(base, action), urllib.parse.urlencode(f).encode()).read()
print("; ".join("%s=%s" % (c.name, c.value) for c in cj))
