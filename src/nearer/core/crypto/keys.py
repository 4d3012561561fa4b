"""The data key and its two wraps: one under the login password, one under the recovery key.

A wrap is a self-describing ASCII string, so a row in the database says how it was made:

    v1$argon2id$t=3,m=65536,p=4$<salt>$<nonce>$<ciphertext>      (password)
    v1$hkdf-sha256$<salt>$<nonce>$<ciphertext>                    (recovery key)

Each part is standard base64 with padding. Everything before the ciphertext is the associated data
of the AES-GCM seal, so the header (and with it the KDF cost) cannot be edited without the unwrap
failing. Old wraps keep opening after the default cost changes, because their cost is in the header.
"""

import base64
import binascii
import re
import secrets
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from nearer.core.crypto.errors import TamperedError, WrongKeyError
from nearer.core.crypto.recovery_key import recovery_secret
from nearer.core.errors import InvalidInputError

DATA_KEY_BYTES = 32
MAX_PASSWORD_CHARS = 1024
_SALT_BYTES = 16
_NONCE_BYTES = 12
_SEALED_KEY_BYTES = DATA_KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
_VERSION = "v1"
_PASSWORD_SCHEME = "argon2id"
_RECOVERY_SCHEME = "hkdf-sha256"
_RECOVERY_INFO = b"nearer recovery key wrap v1"
_DAMAGED_WRAP = "This wrapped key is damaged or not in a format this version of Nearer knows."
_PARAMS_PATTERN = re.compile(r"t=(\d{1,9}),m=(\d{1,9}),p=(\d{1,9})")

# Bounds on the KDF cost. The upper ones matter when reading a stored wrap: a header edited to ask
# for terabytes of memory must be refused, not attempted at login.
_MAX_TIME_COST = 16
_MAX_MEMORY_KIB = 2 * 1024 * 1024  # 2 GiB, the cost of RFC 9106's first recommended option
_MAX_PARALLELISM = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost for deriving a wrapping key from a password.

    The default is RFC 9106 section 4's second recommended option (t=3, 64 MiB, 4 lanes), meant
    for when the first option's 2 GiB per hash is too much, as it is for a server where several
    people may log in at once. The four lanes run on separate threads, so a login costs about a
    tenth of a second of wall time on an ordinary machine while a guessing attacker still pays
    for all 64 MiB and three passes per guess.
    """

    time_cost: int = 3
    memory_cost_kib: int = 65_536
    parallelism: int = 4

    def __post_init__(self) -> None:
        for name, value, low, high in (
            ("time_cost", self.time_cost, 1, _MAX_TIME_COST),
            ("parallelism", self.parallelism, 1, _MAX_PARALLELISM),
            ("memory_cost_kib", self.memory_cost_kib, 8 * self.parallelism, _MAX_MEMORY_KIB),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise InvalidInputError(
                    f"Argon2id {name} must be a whole number from {low} to {high}."
                )

    def header(self) -> str:
        """Return the cost as written in a wrap header, e.g. ``t=3,m=65536,p=4``."""
        return f"t={self.time_cost},m={self.memory_cost_kib},p={self.parallelism}"


# The cheapest cost Argon2id allows. For tests only: it gives no protection to a real password.
FAST_TEST_PARAMS = KdfParams(time_cost=1, memory_cost_kib=8, parallelism=1)


def new_data_key() -> bytes:
    """Return a new random 32-byte data key (an AES-256 key)."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def wrap_with_password(data_key: bytes, password: str, params: KdfParams = KdfParams()) -> str:
    """Return the data key sealed under a key derived from the password, as a v1 wrap string."""
    check_data_key(data_key)
    salt = secrets.token_bytes(_SALT_BYTES)
    head = f"{_VERSION}${_PASSWORD_SCHEME}${params.header()}${_b64(salt)}"
    return _seal(_password_key(password, salt, params), data_key, head)


def unwrap_with_password(wrapped: str, password: str) -> bytes:
    """Return the data key from a password wrap.

    Raises WrongKeyError when the password does not open it (an edited salt, nonce or ciphertext
    looks the same to AES-GCM, so it also ends here) and TamperedError when the wrap string is
    malformed or in an unknown format.
    """
    params, salt, nonce, sealed, head = _parse_password_wrap(wrapped)
    return _open(_password_key(password, salt, params), nonce, sealed, head)


def rewrap_with_new_password(
    wrapped: str, old_password: str, new_password: str, params: KdfParams = KdfParams()
) -> str:
    """Return a new password wrap of the same data key, so a password change re-encrypts no data."""
    return wrap_with_password(unwrap_with_password(wrapped, old_password), new_password, params)


def password_wrap_needs_upgrade(wrapped: str, params: KdfParams = KdfParams()) -> bool:
    """Return True when a password wrap was made with a cost other than ``params``.

    After a successful login the caller can re-wrap with the password it just checked, which moves
    old accounts to a new default cost without asking anyone for anything.
    """
    return _parse_password_wrap(wrapped)[0] != params


def wrap_with_recovery_key(data_key: bytes, recovery_key: str) -> str:
    """Return the data key sealed under a key derived from the recovery key, as a v1 wrap string."""
    check_data_key(data_key)
    salt = secrets.token_bytes(_SALT_BYTES)
    head = f"{_VERSION}${_RECOVERY_SCHEME}${_b64(salt)}"
    return _seal(_recovery_wrapping_key(recovery_key, salt), data_key, head)


def unwrap_with_recovery_key(wrapped: str, recovery_key: str) -> bytes:
    """Return the data key from a recovery-key wrap.

    Raises InvalidInputError when the text is not a well-formed recovery key (it names the typo),
    WrongKeyError when a well-formed key does not open the wrap (or the wrap's bytes were edited),
    and TamperedError when the wrap string is malformed or in an unknown format.
    """
    parts = _split(wrapped, _RECOVERY_SCHEME, 5)
    salt, nonce, sealed = _salt_nonce_sealed(parts[-3:])
    return _open(_recovery_wrapping_key(recovery_key, salt), nonce, sealed, "$".join(parts[:3]))


def check_data_key(data_key: bytes) -> None:
    """Return None when ``data_key`` is 32 bytes; raise InvalidInputError otherwise."""
    if not isinstance(data_key, bytes) or len(data_key) != DATA_KEY_BYTES:
        raise InvalidInputError(f"A data key must be {DATA_KEY_BYTES} bytes.")


def _password_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    if not isinstance(password, str) or not password:
        raise InvalidInputError("A password must be non-empty text.")
    if len(password) > MAX_PASSWORD_CHARS:
        raise InvalidInputError(
            f"A password can be at most {MAX_PASSWORD_CHARS} characters long."
        )
    # NFC, as RFC 8265 asks for passwords: the same visible password typed on two keyboards
    # can arrive as different code points, and must still open the space.
    secret = unicodedata.normalize("NFC", password).encode("utf-8", "surrogatepass")
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _recovery_wrapping_key(recovery_key: str, salt: bytes) -> bytes:
    # The recovery key holds 128 uniformly random bits, so no guessing attack is possible and a
    # slow password hash would add nothing: a single HKDF-SHA256 extract-and-expand is enough.
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_RECOVERY_INFO)
    return hkdf.derive(recovery_secret(recovery_key))


def _seal(wrapping_key: bytes, data_key: bytes, head: str) -> str:
    nonce = secrets.token_bytes(_NONCE_BYTES)
    head = f"{head}${_b64(nonce)}"
    sealed = AESGCM(wrapping_key).encrypt(nonce, data_key, head.encode("ascii"))
    return f"{head}${_b64(sealed)}"


def _open(wrapping_key: bytes, nonce: bytes, sealed: bytes, head: str) -> bytes:
    try:
        associated = f"{head}${_b64(nonce)}".encode("ascii")
        data_key = AESGCM(wrapping_key).decrypt(nonce, sealed, associated)
    except InvalidTag:
        data_key = None
    # Raised outside the except block so the error carries no chained context.
    if data_key is None:
        raise WrongKeyError()
    return data_key


def _parse_password_wrap(wrapped: str) -> tuple[KdfParams, bytes, bytes, bytes, str]:
    parts = _split(wrapped, _PASSWORD_SCHEME, 6)
    salt, nonce, sealed = _salt_nonce_sealed(parts[-3:])
    return _parse_params(parts[2]), salt, nonce, sealed, "$".join(parts[:4])


def _salt_nonce_sealed(fields: list[str]) -> tuple[bytes, bytes, bytes]:
    salt, nonce, sealed = fields
    return (
        _b64_field(salt, _SALT_BYTES),
        _b64_field(nonce, _NONCE_BYTES),
        _b64_field(sealed, _SEALED_KEY_BYTES),
    )


def _split(wrapped: str, scheme: str, count: int) -> list[str]:
    if not isinstance(wrapped, str):
        raise InvalidInputError("A wrapped key must be given as text.")
    parts = wrapped.split("$")
    if len(parts) != count or parts[0] != _VERSION or parts[1] != scheme:
        raise TamperedError(_DAMAGED_WRAP)
    return parts


def _parse_params(text: str) -> KdfParams:
    match = _PARAMS_PATTERN.fullmatch(text)
    params = None
    if match:
        try:
            params = KdfParams(*(int(number) for number in match.groups()))
        except InvalidInputError:
            params = None
    # Comparing with the canonical header rejects variants such as leading zeros.
    if params is None or params.header() != text:
        raise TamperedError(_DAMAGED_WRAP)
    return params


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _b64_field(text: str, length: int) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raw = None
    # Re-encoding catches the spare low bits base64 ignores, so each stored string has one meaning.
    if raw is None or len(raw) != length or _b64(raw) != text:
        raise TamperedError(_DAMAGED_WRAP)
    return raw
