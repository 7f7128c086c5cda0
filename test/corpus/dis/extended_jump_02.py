# Long loop body: the backward jump and the loop exit need EXTENDED_ARG.
def churn(n):
    acc = 0
    i = 0
    while i < n:
        i += 1
        if i % 7 == 0:
            continue
        acc = acc ^ (i + 0); acc = acc ^ (i + 1); acc = acc ^ (i + 2); acc = acc ^ (i + 3); acc = acc ^ (i + 4); acc = acc ^ (i + 5)
        acc = acc ^ (i + 6); acc = acc ^ (i + 7); acc = acc ^ (i + 8); acc = acc ^ (i + 9); acc = acc ^ (i + 10); acc = acc ^ (i + 11)
        acc = acc ^ (i + 12); acc = acc ^ (i + 13); acc = acc ^ (i + 14); acc = acc ^ (i + 15); acc = acc ^ (i + 16); acc = acc ^ (i + 17)
        acc = acc ^ (i + 18); acc = acc ^ (i + 19); acc = acc ^ (i + 20); acc = acc ^ (i + 21); acc = acc ^ (i + 22); acc = acc ^ (i + 23)
        acc = acc ^ (i + 24); acc = acc ^ (i + 25); acc = acc ^ (i + 26); acc = acc ^ (i + 27); acc = acc ^ (i + 28); acc = acc ^ (i + 29)
        acc = acc ^ (i + 30); acc = acc ^ (i + 31); acc = acc ^ (i + 32); acc = acc ^ (i + 33); acc = acc ^ (i + 34); acc = acc ^ (i + 35)
        acc = acc ^ (i + 36); acc = acc ^ (i + 37); acc = acc ^ (i + 38); acc = acc ^ (i + 39); acc = acc ^ (i + 40); acc = acc ^ (i + 41)
        acc = acc ^ (i + 42); acc = acc ^ (i + 43); acc = acc ^ (i + 44); acc = acc ^ (i + 45); acc = acc ^ (i + 46); acc = acc ^ (i + 47)
        acc = acc ^ (i + 48); acc = acc ^ (i + 49); acc = acc ^ (i + 50); acc = acc ^ (i + 51); acc = acc ^ (i + 52); acc = acc ^ (i + 53)
        acc = acc ^ (i + 54); acc = acc ^ (i + 55); acc = acc ^ (i + 56); acc = acc ^ (i + 57); acc = acc ^ (i + 58); acc = acc ^ (i + 59)
        acc = acc ^ (i + 60); acc = acc ^ (i + 61); acc = acc ^ (i + 62); acc = acc ^ (i + 63); acc = acc ^ (i + 64); acc = acc ^ (i + 65)
        acc = acc ^ (i + 66); acc = acc ^ (i + 67); acc = acc ^ (i + 68); acc = acc ^ (i + 69); acc = acc ^ (i + 70); acc = acc ^ (i + 71)
        acc = acc ^ (i + 72); acc = acc ^ (i + 73); acc = acc ^ (i + 74); acc = acc ^ (i + 75); acc = acc ^ (i + 76); acc = acc ^ (i + 77)
        acc = acc ^ (i + 78); acc = acc ^ (i + 79); acc = acc ^ (i + 80); acc = acc ^ (i + 81); acc = acc ^ (i + 82); acc = acc ^ (i + 83)
        acc = acc ^ (i + 84); acc = acc ^ (i + 85); acc = acc ^ (i + 86); acc = acc ^ (i + 87); acc = acc ^ (i + 88); acc = acc ^ (i + 89)
        acc = acc ^ (i + 90); acc = acc ^ (i + 91); acc = acc ^ (i + 92); acc = acc ^ (i + 93); acc = acc ^ (i + 94); acc = acc ^ (i + 95)
        acc = acc ^ (i + 96); acc = acc ^ (i + 97); acc = acc ^ (i + 98); acc = acc ^ (i + 99); acc = acc ^ (i + 100); acc = acc ^ (i + 101)
        acc = acc ^ (i + 102); acc = acc ^ (i + 103); acc = acc ^ (i + 104); acc = acc ^ (i + 105); acc = acc ^ (i + 106); acc = acc ^ (i + 107)
        acc = acc ^ (i + 108); acc = acc ^ (i + 109); acc = acc ^ (i + 110); acc = acc ^ (i + 111); acc = acc ^ (i + 112); acc = acc ^ (i + 113)
        acc = acc ^ (i + 114); acc = acc ^ (i + 115); acc = acc ^ (i + 116); acc = acc ^ (i + 117); acc = acc ^ (i + 118); acc = acc ^ (i + 119)
        acc = acc ^ (i + 120); acc = acc ^ (i + 121); acc = acc ^ (i + 122); acc = acc ^ (i + 123); acc = acc ^ (i + 124); acc = acc ^ (i + 125)
        acc = acc ^ (i + 126); acc = acc ^ (i + 127); acc = acc ^ (i + 128); acc = acc ^ (i + 129); acc = acc ^ (i + 130); acc = acc ^ (i + 131)
        if acc > 1000000:
            break
    return acc

for k in range(3):
    k = k + 0; k = k + 1; k = k + 2; k = k + 3; k = k + 4; k = k + 5; k = k + 6; k = k + 7
    k = k + 8; k = k + 9; k = k + 10; k = k + 11; k = k + 12; k = k + 13; k = k + 14; k = k + 15
    k = k + 16; k = k + 17; k = k + 18; k = k + 19; k = k + 20; k = k + 21; k = k + 22; k = k + 23
    k = k + 24; k = k + 25; k = k + 26; k = k + 27; k = k + 28; k = k + 29; k = k + 30; k = k + 31
    k = k + 32; k = k + 33; k = k + 34; k = k + 35; k = k + 36; k = k + 37; k = k + 38; k = k + 39
    k = k + 40; k = k + 41; k = k + 42; k = k + 43; k = k + 44; k = k + 45; k = k + 46; k = k + 47
    k = k + 48; k = k + 49; k = k + 50; k = k + 51; k = k + 52; k = k + 53; k = k + 54; k = k + 55
    k = k + 56; k = k + 57; k = k + 58; k = k + 59; k = k + 60; k = k + 61; k = k + 62; k = k + 63
    k = k + 64; k = k + 65; k = k + 66; k = k + 67; k = k + 68; k = k + 69; k = k + 70; k = k + 71
    k = k + 72; k = k + 73; k = k + 74; k = k + 75; k = k + 76; k = k + 77; k = k + 78; k = k + 79
    k = k + 80; k = k + 81; k = k + 82; k = k + 83; k = k + 84; k = k + 85; k = k + 86; k = k + 87
    k = k + 88; k = k + 89; k = k + 90; k = k + 91; k = k + 92; k = k + 93; k = k + 94; k = k + 95
    k = k + 96; k = k + 97; k = k + 98; k = k + 99; k = k + 100; k = k + 101; k = k + 102; k = k + 103
    k = k + 104; k = k + 105; k = k + 106; k = k + 107; k = k + 108; k = k + 109; k = k + 110; k = k + 111
print(churn(20))
