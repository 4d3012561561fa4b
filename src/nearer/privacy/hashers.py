"""The login verifier as a Django password hasher, so Django's own password checks (the password
change form, admin tools) use the same one-run scheme as the login (nearer.privacy.passwords)."""

from django.contrib.auth.hashers import BasePasswordHasher, mask_hash

from nearer.core.crypto import login


class LoginVerifierHasher(BasePasswordHasher):
    algorithm = login.ALGORITHM

    def encode(self, password, salt):
        # The salt Django offers is ignored: the scheme draws its own 16 random bytes.
        from nearer.privacy.passwords import login_new

        return login_new(password).encoded

    def verify(self, password, encoded):
        from nearer.privacy.passwords import login_check

        return login_check(password, encoded) is not None

    def decode(self, encoded):
        params, salt, verifier = login.parse_login(encoded)
        return {"algorithm": self.algorithm, "salt": salt.hex(), "hash": verifier.hex(), "params": params}

    def safe_summary(self, encoded):
        decoded = self.decode(encoded)
        return {"algorithm": self.algorithm, "cost": decoded["params"].header(),
                "salt": mask_hash(decoded["salt"]), "hash": mask_hash(decoded["hash"])}

    def must_update(self, encoded):
        # Never re-hash behind the wrap's back: passwords.password_open moves both together.
        return False

    def harden_runtime(self, password, encoded):
        pass
