package be.atrium.identity;

/**
 * Capabilities an administrator grants to an account on top of its {@link Role}.
 * <ul>
 *   <li>{@code EDITOR}: the editorial role, edits the network-wide knowledge base;</li>
 *   <li>{@code PUBLISHER}: publishes guidance for the account's organisation, which must be of the
 *   Flemish or provincial level.</li>
 * </ul>
 */
public enum Grant {
    EDITOR, PUBLISHER
}
