package be.atrium.identity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenServiceTest {

    @Test
    void theHashIsSha256InHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenService.hash("abc"));
        assertTrue(TokenService.hash("atr_x").matches("[0-9a-f]{64}"), "fits the 64-character column");
    }

    @Test
    void differentTokensHaveDifferentHashes() {
        assertNotEquals(TokenService.hash("atr_a"), TokenService.hash("atr_b"));
    }
}
