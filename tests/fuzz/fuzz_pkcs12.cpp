// PKCS#12 import (Signing Identities > Import, `report --sign FILE.p12`) on arbitrary bytes, with a fixed
// passphrase: a wrong or damaged file is refused with a message.

#include "FuzzSupport.h"
#include "signing/Identity.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    rw::Identity::fromPkcs12(FuzzSupport::bytes(data, size), "correct horse battery", &error);
    return 0;
}
