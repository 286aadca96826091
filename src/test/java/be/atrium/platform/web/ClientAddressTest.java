package be.atrium.platform.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressTest {

    private static final String CLIENT = "203.0.113.7";
    private static final ClientAddress NO_PROXY = ClientAddress.trusting("");
    private static final ClientAddress BEHIND_PROXY = ClientAddress.trusting("10.0.0.5");

    private static List<String> header(String... values) {
        return List.of(values);
    }

    @Test
    void withoutAProxyTheDirectPeerIsTheClient() {
        assertEquals(CLIENT, NO_PROXY.resolve(CLIENT, header()));
    }

    @Test
    void aClientCannotChooseItsAddressWhenNoProxyIsTrusted() {
        assertEquals(CLIENT, NO_PROXY.resolve(CLIENT, header("198.51.100.1")));
        assertEquals("10.0.0.5", NO_PROXY.resolve("10.0.0.5", header(CLIENT)),
                "by default not even a real proxy is believed");
    }

    @Test
    void aClientCannotChooseItsAddressByTalkingToUsDirectly() {
        assertEquals(CLIENT, BEHIND_PROXY.resolve(CLIENT, header("10.0.0.5")),
                "naming a trusted proxy in the header makes no one trusted");
        assertEquals(CLIENT, BEHIND_PROXY.resolve(CLIENT, header("198.51.100.1, 10.0.0.5")));
    }

    @Test
    void behindATrustedProxyTheAddressItWasConnectedFromIsTheClient() {
        assertEquals(CLIENT, BEHIND_PROXY.resolve("10.0.0.5", header(CLIENT)));
    }

    @Test
    void whatAClientWroteLeftOfItsRealAddressIsIgnored() {
        assertEquals(CLIENT, BEHIND_PROXY.resolve("10.0.0.5", header("198.51.100.1, " + CLIENT)));
        assertEquals(CLIENT, BEHIND_PROXY.resolve("10.0.0.5", header("10.0.0.5, " + CLIENT)),
                "even when it names a trusted proxy");
    }

    @Test
    void aChainOfTrustedProxiesIsFollowedToTheFirstAddressThatIsNotOne() {
        ClientAddress chain = ClientAddress.trusting("10.0.0.5, 192.168.1.1");
        assertEquals(CLIENT, chain.resolve("10.0.0.5", header("198.51.100.1, " + CLIENT + ", 192.168.1.1")));
        assertEquals(CLIENT, chain.resolve("10.0.0.5", header("198.51.100.1, " + CLIENT, "192.168.1.1")),
                "several headers are one list, in the order received");
        assertEquals("192.168.1.1", chain.resolve("10.0.0.5", header("192.168.1.1")),
                "when only proxies are named, the furthest one");
        assertEquals("192.168.1.2", chain.resolve("10.0.0.5", header(CLIENT + ", 192.168.1.2")),
                "a proxy we do not trust is a client like any other");
    }

    @Test
    void rangesAreTrustedByTheirPrefix() {
        ClientAddress cidr = ClientAddress.trusting("10.0.0.0/8,172.16.0.0/12, 192.0.2.128/25");
        assertTrue(cidr.isTrusted("10.255.3.4"));
        assertTrue(cidr.isTrusted("172.31.255.255"));
        assertFalse(cidr.isTrusted("172.32.0.1"));
        assertTrue(cidr.isTrusted("192.0.2.200"));
        assertFalse(cidr.isTrusted("192.0.2.127"));
        assertFalse(cidr.isTrusted("11.0.0.1"));
        assertEquals(CLIENT, cidr.resolve("172.20.1.1", header(CLIENT + ", 10.1.2.3")));
        assertTrue(ClientAddress.trusting("0.0.0.0/0").isTrusted("198.51.100.1"), "/0 trusts everyone");
    }

    @Test
    void ipv6ProxiesRangesAndClients() {
        ClientAddress v6 = ClientAddress.trusting("2001:db8:10::/48, ::1");
        assertTrue(v6.isTrusted("2001:db8:10:ffff::1"));
        assertFalse(v6.isTrusted("2001:db8:11::1"));
        assertTrue(v6.isTrusted("0:0:0:0:0:0:0:1"), "one address in another spelling");
        assertEquals("2001:db8:0:0:0:0:0:7", v6.resolve("::1", header("2001:DB8::7")),
                "one canonical form, whatever the spelling");
        assertEquals("2001:db8:0:0:0:0:0:7", v6.resolve("2001:db8:10::2", header("[2001:db8::7]:51234")),
                "brackets and port are dropped");
        assertEquals(CLIENT, v6.resolve("::1", header("::ffff:" + CLIENT)), "an IPv4-mapped address is IPv4");
        assertFalse(v6.isTrusted("10.0.0.5"), "an IPv6 range holds no IPv4 address");
    }

    @Test
    void anIpv4ClientWithAPortIsTheClient() {
        assertEquals(CLIENT, BEHIND_PROXY.resolve("10.0.0.5", header(CLIENT + ":4711")));
    }

    @Test
    void aMalformedEntryEndsTheChainAtTheLastAddressVouchedFor() {
        for (String bad : new String[] {"unknown", "", " ", "_hidden", "example.org", "203.0.113.256", "203.0.113",
                "010.0.0.1", "2001:db8::g", "[2001:db8::1", "1.2.3.4:port", "2001:db8::1%eth0", ".:1"}) {
            assertEquals("10.0.0.5", BEHIND_PROXY.resolve("10.0.0.5", header(bad)), "'" + bad + "'");
            assertEquals("10.0.0.5", BEHIND_PROXY.resolve("10.0.0.5", header(CLIENT + ", " + bad)),
                    "what stands left of '" + bad + "' is not believed");
        }
        assertEquals(CLIENT, BEHIND_PROXY.resolve("10.0.0.5", header("unknown, " + CLIENT)),
                "garbage left of the client does not matter");
        assertEquals("10.0.0.5", BEHIND_PROXY.resolve("10.0.0.5", header(CLIENT + ",")),
                "a trailing comma is an empty entry");
    }

    @Test
    void malformedSettingsTrustNothingButTheValidEntries() {
        ClientAddress partly = ClientAddress.trusting("proxy.example.org, 10.0.0.0/33, 10.0.0.5/x, 192.0.2.9");
        assertFalse(partly.isTrusted("10.0.0.5"));
        assertTrue(partly.isTrusted("192.0.2.9"));
        assertEquals(CLIENT, partly.resolve(CLIENT, header("198.51.100.1")));
    }

    @Test
    void anAbsurdlyLongHeaderIsReadOnlyAsFarAsAnyRealChain() {
        ClientAddress everyone = ClientAddress.trusting("0.0.0.0/0");
        String longChain = String.join(",", java.util.Collections.nCopies(10_000, "10.0.0.1"));
        assertEquals("10.0.0.1", everyone.resolve("10.0.0.5", header("198.51.100.1," + longChain)));
    }
}
