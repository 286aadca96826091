package be.atrium.documents;

import be.atrium.platform.DomainException;

import java.util.ArrayList;
import java.util.List;

/**
 * Folders of a library as paths: names separated by {@code /}, as a SharePoint user types and
 * reads them ("Verslagen/2025"); {@code ""} is the top of the library. Names keep their case and
 * spaces; slashes and backslashes separate, empty names and surrounding spaces go, control
 * characters and {@code . ..} are refused, at most {@value #MAX_DEPTH} levels of
 * {@value #MAX_NAME} characters.
 */
public final class DocumentFolders {

    public static final int MAX_NAME = 100;
    public static final int MAX_DEPTH = 8;
    public static final int MAX_PATH = 500;

    private DocumentFolders() {
    }

    public static String normalise(String folder) {
        if (folder == null || folder.isBlank()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (String part : folder.replace('\\', '/').split("/")) {
            String name = part.strip().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals(".") || name.equals("..") || name.chars().anyMatch(c -> Character.isISOControl(c))
                    || name.length() > MAX_NAME) {
                throw new DomainException("document.folder.invalid", "folder", part.strip());
            }
            names.add(name);
        }
        if (names.size() > MAX_DEPTH) {
            throw new DomainException("document.folder.tooDeep", "folder", MAX_DEPTH);
        }
        String path = String.join("/", names);
        if (path.length() > MAX_PATH) {
            throw new DomainException("document.folder.tooLong", "folder", MAX_PATH);
        }
        return path;
    }

    /** The folders directly in {@code parent} among these paths (which lie anywhere), sorted. */
    public static List<String> children(String parent, List<String> paths) {
        String prefix = parent.isEmpty() ? "" : parent + "/";
        java.util.TreeSet<String> children = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String p : paths) {
            if (p.length() > prefix.length() && p.startsWith(prefix)) {
                String rest = p.substring(prefix.length());
                int slash = rest.indexOf('/');
                children.add(slash < 0 ? rest : rest.substring(0, slash));
            }
        }
        return List.copyOf(children);
    }
}
