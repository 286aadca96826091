package be.atrium.content;

import be.atrium.identity.Account;

/**
 * The rules of one kind of attachment owner. Each capability whose content carries files
 * provides one as an {@code @ApplicationScoped} bean; {@link Attachments} asks the guard of the
 * owner before handing out a single byte (so a file is exactly as visible as what it is
 * attached to) and before adding or removing a file, within its transactions.
 */
public interface AttachmentGuard {

    AttachmentOwner.Kind kind();

    /**
     * Whether the viewer may download the files of this owner. Throws {@code NotFoundException}
     * when the owner itself does not exist for the viewer; answers false when the viewer sees the
     * owner but not its files (a withdrawn post, for instance).
     */
    boolean mayReadFiles(Account viewer, long ownerId);

    /**
     * Throws when the viewer may not add a file to this owner now: {@code NotFoundException} when
     * the owner does not exist for the viewer, {@code ForbiddenException} or a
     * {@code DomainException} with the reason otherwise.
     */
    void requireMayAttach(Account viewer, long ownerId);

    /** Throws, as {@link #requireMayAttach}, when the viewer may not remove this owner's files. */
    void requireMayDetach(Account viewer, long ownerId);

    /** The most files one owner carries. */
    int maxFiles();

    /** The message code (with the maximum as argument) when an owner has {@link #maxFiles()} already. */
    String tooManyCode();
}
