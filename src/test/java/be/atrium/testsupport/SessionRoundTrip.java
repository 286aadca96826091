package be.atrium.testsupport;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What another node does with a replicated session, for the tests only (never shipped): every
 * attribute of the caller's HTTP session (the signed-in account, the session-scoped beans, the
 * pages' view state and view-scoped beans that JSF keeps there) is serialised and read back, and
 * the copies replace the originals, so the next request of the same browser works on what a second
 * node would have read from the data grid. Answers 200 with one line per attribute (name, class,
 * bytes), or 500 naming each attribute that does not serialise and why, leaving the session as it
 * was. {@code POST /test/session-round-trip} with the browser's session cookie.
 */
@WebServlet("/test/session-round-trip")
public class SessionRoundTrip extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.sendError(HttpServletResponse.SC_CONFLICT, "no session");
            return;
        }
        Map<String, Object> copies = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String name : Collections.list(session.getAttributeNames())) {
            Object value = session.getAttribute(name);
            try {
                byte[] bytes = write(value);
                copies.put(name, read(bytes));
                lines.add(name + " " + (value == null ? "null" : value.getClass().getName()) + " " + bytes.length);
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                failures.add(name + " " + (value == null ? "null" : value.getClass().getName()) + ": " + e);
            }
        }
        if (!failures.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.getWriter().println(String.join("\n", failures));
            return;
        }
        copies.forEach(session::setAttribute);
        response.getWriter().println(String.join("\n", lines));
    }

    private static byte[] write(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ApplicationObjects(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    /** Resolves classes in the application's class loader, as the data grid does for a web module. */
    private static final class ApplicationObjects extends ObjectInputStream {

        ApplicationObjects(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass type) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(type.getName(), false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(type);
            }
        }
    }
}
