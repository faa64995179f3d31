print("vpclab: not yet")
