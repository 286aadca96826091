package be.atrium.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The address of the client behind a request: the one place that decides it, for login
 * throttling and whatever else needs it.
 * <p>
 * Anyone can send an {@code X-Forwarded-For} header, so it is believed only when the request
 * comes straight from one of the trusted proxies ({@code atrium.trusted-proxies},
 * {@code ATRIUM_TRUSTED_PROXIES}: comma-separated IPv4 and IPv6 addresses and CIDR ranges; empty,
 * the default, trusts none). Each proxy appends the address it was connected from, so the header
 * is read from the right: the client is the right-most address that is not itself a trusted
 * proxy. Whatever stands left of it was written by the client and is ignored; so is everything
 * from a malformed entry on, the last address vouched for being kept instead. Addresses are
 * returned in one canonical form ({@code 2001:db8:0:0:0:0:0:1}, IPv4-mapped IPv6 as IPv4), so
 * one client always counts as one. Nothing here ever asks DNS.
 */
@ApplicationScoped
public class ClientAddress {

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");
    /** More entries than any real proxy chain has; the rest of a longer header is not read. */
    private static final int MAX_HOPS = 20;

    @Inject
    @ConfigProperty(name = "atrium.trusted-proxies")
    Optional<String> trustedProxies;

    private List<Range> trusted = List.of();

    @PostConstruct
    void configure() {
        trusted = ranges(trustedProxies.orElse(""));
    }

    /** Trusting the given proxies (comma-separated addresses and CIDR ranges); for tests. */
    public static ClientAddress trusting(String proxies) {
        ClientAddress address = new ClientAddress();
        address.trusted = ranges(proxies);
        return address;
    }

    /** The client's address for this request. */
    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)));
    }

    /**
     * The client's address, given the direct peer and the {@code X-Forwarded-For} headers in the
     * order received.
     */
    String resolve(String peer, List<String> forwardedFor) {
        byte[] peerBytes = parse(peer);
        if (peerBytes == null) {
            return peer; // what the servlet container reports; nothing better to go on
        }
        String client = canonical(peerBytes);
        if (!isTrusted(peerBytes) || forwardedFor == null) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            if (header != null) {
                for (String hop : header.split(",", -1)) {
                    hops.add(hop);
                }
            }
        }
        for (int i = hops.size() - 1, read = 0; i >= 0 && read < MAX_HOPS; i--, read++) {
            byte[] hop = parse(withoutPort(hops.get(i).strip()));
            if (hop == null) {
                break;
            }
            client = canonical(hop);
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    /**
     * Whether the request comes straight from one of the trusted proxies, so that what it says in
     * {@code X-Forwarded-*} headers may be believed.
     */
    public boolean fromTrustedProxy(HttpServletRequest request) {
        return isTrusted(request.getRemoteAddr());
    }

    boolean isTrusted(String address) {
        byte[] bytes = parse(address);
        return bytes != null && isTrusted(bytes);
    }

    private boolean isTrusted(byte[] address) {
        for (Range range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static List<Range> ranges(String setting) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : setting.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            Range range = Range.parse(e);
            if (range == null) {
                LOG.severe("Atrium: ignoring '" + e + "' in atrium.trusted-proxies (ATRIUM_TRUSTED_PROXIES): "
                        + "not an IP address or CIDR range; X-Forwarded-For from it is not believed");
            } else {
                ranges.add(range);
            }
        }
        return List.copyOf(ranges);
    }

    /** {@code 192.0.2.1:4711} and {@code [2001:db8::1]:443} without their ports; brackets dropped. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            if (end < 0 || end + 1 < hop.length() && !hop.substring(end + 1).matches(":\\d{1,5}")) {
                return "";
            }
            return hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        if (colon > 0 && colon == hop.lastIndexOf(':')) {
            return hop.substring(colon + 1).matches("\\d{1,5}") ? hop.substring(0, colon) : "";
        }
        return hop;
    }

    /** The bytes of an IPv4 or IPv6 literal (IPv4-mapped IPv6 as IPv4), or null when it is none. */
    static byte[] parse(String address) {
        if (address == null || address.isEmpty() || address.length() > 45) {
            return null;
        }
        if (IPV4.matcher(address).matches()) {
            byte[] bytes = new byte[4];
            String[] parts = address.split("\\.");
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(parts[i]);
                if (part > 255 || parts[i].length() > 1 && parts[i].startsWith("0")) {
                    return null;
                }
                bytes[i] = (byte) part;
            }
            return bytes;
        }
        if (address.indexOf(':') >= 0 && IPV6.matcher(address).matches()) {
            try {
                // A literal with a colon is parsed, never looked up.
                return InetAddress.getByName(address).getAddress();
            } catch (UnknownHostException | IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private static String canonical(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e); // only for a wrong length, which parse never gives
        }
    }

    /** An address with a prefix length: {@code 10.0.0.0/8}, {@code 2001:db8::/32}, or one address. */
    private record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            byte[] network = ClientAddress.parse(slash < 0 ? text : text.substring(0, slash));
            if (network == null) {
                return null;
            }
            int bits = network.length * 8;
            int prefix = bits;
            if (slash >= 0) {
                String length = text.substring(slash + 1);
                if (!length.matches("\\d{1,3}")) {
                    return null;
                }
                prefix = Integer.parseInt(length);
                if (prefix > bits) {
                    return null;
                }
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
